import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** Command and option names, shared by the registration script and the interaction handler. */
export const ASK = 'ask';
export const ABOUT = 'about';
export const WHY = 'why';
export const QUESTION = 'question';

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
  ];
}
