import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** Command and option names, shared by the registration script and the interaction handler. */
export const ASK = 'ask';
export const ABOUT = 'about';
export const WHY = 'why';
export const QUESTION = 'question';
export const ARTICLE = 'article';
/** `/article` options: `add url:` or `add file:`, `use ids:`, `remove id:`. */
export const ARTICLE_URL = 'url';
export const ARTICLE_FILE = 'file';
export const ARTICLE_IDS = 'ids';
export const ARTICLE_ID = 'id';

/** The slash commands `npm run discord:register` installs. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    new SlashCommandBuilder()
      .setName(ASK)
      .setDescription('Ask a question about the article')
      .addStringOption((option) =>
        option.setName(QUESTION).setDescription('Your question, or "help" to see what I can answer').setRequired(true),
      )
      .toJSON(),
    new SlashCommandBuilder().setName(ABOUT).setDescription('Which article I answer from: headline, dateline and lead').toJSON(),
    new SlashCommandBuilder().setName(WHY).setDescription('Why the last answer in this channel: the best passages, their scores and what matched').toJSON(),
    new SlashCommandBuilder()
      .setName(ARTICLE)
      .setDescription('The articles I answer from: add one, list them, choose this channel\'s, remove one')
      .addSubcommand((c) =>
        c.setName('add').setDescription('Read a news page, PDF or text file and answer from it (Manage Server)')
          .addStringOption((o) => o.setName(ARTICLE_URL).setDescription('A link to the article (http or https)'))
          .addAttachmentOption((o) => o.setName(ARTICLE_FILE).setDescription('Or the article as a file: .html, .pdf, .txt or .md')))
      .addSubcommand((c) => c.setName('list').setDescription('The articles, with their ids'))
      .addSubcommand((c) =>
        c.setName('use').setDescription('Answer in this channel from these articles only (Manage Server)')
          .addStringOption((o) => o.setName(ARTICLE_IDS).setDescription('Article ids separated by spaces, or "all"').setRequired(true)))
      .addSubcommand((c) =>
        c.setName('remove').setDescription('Forget an added article (Manage Server)')
          .addStringOption((o) => o.setName(ARTICLE_ID).setDescription('The article id (see /article list)').setRequired(true)))
      .toJSON(),
  ];
}
