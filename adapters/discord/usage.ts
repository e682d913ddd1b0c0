/** `--help` for `npm run discord` and `npm run discord:register`: what they do and the variables they read. */

const COMMON = `  DISCORD_TOKEN             required: the bot token (Developer Portal > Bot > Reset Token)
  DISCORD_API_URL           optional: REST base URL (default https://discord.com/api)`;

export const DISCORD_USAGE = `Usage: npm run discord [-- --article FILE ...]

Runs the Discord bot: answers mentions, DMs, /ask, /about and /why about the article(s), until
SIGINT or SIGTERM. Exits 1 with one line naming the setting when the token is rejected or Discord
cannot be reached at start (after a few logged retries).

Options:
  --article FILE            answer from this article (repeatable; default: every article in seeds/)
  -h, --help                show this help

Environment (or .env in the working directory; see .env.example):
${COMMON}
  DISCORD_CHANNELS          optional: comma-separated channel ids where mentions are answered
  DISCORD_RATE_LIMIT        optional: questions per user per window (default 5)
  DISCORD_RATE_WINDOW_SECONDS  optional: the window (default 10)
  LOG_LEVEL                 optional: debug | info (default) | warn | error | silent
  QA_CONVERSATIONS_MAX, QA_CONVERSATION_TURNS, QA_CONVERSATION_IDLE_MINUTES,
  QA_LOG_FILE, QA_LOG_MAX_BYTES, QA_LOG_KEEP, QA_LOG_SALT   conversations and the questions log
  REDIS_URL, REDIS_KEY_PREFIX, HEALTH_PORT, HEALTH_HOST   shared state and /healthz (127.0.0.1 by default)
`;

export const REGISTER_USAGE = `Usage: npm run discord:register

Installs the slash commands /ask, /about and /why: in one server at once when DISCORD_GUILD_ID is
set, otherwise globally (may take up to an hour to appear). Safe to re-run.

Options:
  -h, --help                show this help

Environment (or .env in the working directory; see .env.example):
${COMMON}
  DISCORD_APPLICATION_ID    optional: the application id (looked up with the token when unset)
  DISCORD_GUILD_ID          optional: register in this one server only
`;
