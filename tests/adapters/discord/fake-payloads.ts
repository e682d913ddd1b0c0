/** Gateway and REST payloads of the fake Discord, shaped as discord.js expects them. */

export const BOT_ID = '900000000000000001';
export const BOT_ROLE_ID = '900000000000000002';
export const APP_ID = BOT_ID;
export const GUILD_ID = '910000000000000001';
export const CHANNEL_ID = '920000000000000001';
export const OTHER_CHANNEL_ID = '920000000000000002';
export const DM_CHANNEL_ID = '930000000000000001';
/** A plain role of the guild, named 'article-editors' (for DISCORD_ARTICLE_ROLE). */
export const EDITORS_ROLE_ID = '940000000000000001';

const CONTENT_LIMIT = 2000;

export interface UserSpec {
  id: string;
  username?: string;
  bot?: boolean;
}

export interface MessageSpec {
  content: string;
  author: UserSpec;
  /** A guild text channel id (default CHANNEL_ID), or 'dm' for a direct message. */
  channel?: string | 'dm';
  /** The DM channel's id for a direct message (default DM_CHANNEL_ID): one per user, as on Discord. */
  dmChannel?: string;
  webhookId?: string;
  /** A reply to this message (Discord's type 19, with `referenced_message`), sent by `repliedAuthor` (default the bot). */
  replyTo?: string;
  repliedAuthor?: UserSpec;
  /** Whether the reply pings the replied-to author (Discord's default: yes, listing them in `mentions`). */
  replyPings?: boolean;
}

export interface InteractionSpec {
  command: string;
  options?: Record<string, string>;
  user: UserSpec;
  dm?: boolean;
  /** A subcommand (`/article add`): the options go under it. */
  subcommand?: string;
  /** An attachment option (`file:`), resolved as Discord sends it. */
  attachment?: { option: string; name: string; url: string; size: number; contentType?: string };
  /** The member's permissions bit set in the guild, as a decimal string (default '0'). */
  permissions?: string;
  /** The member's role ids. */
  roles?: string[];
}

/** A press on a button under a message the bot sent. */
export interface ComponentSpec {
  customId: string;
  user: UserSpec;
  dm?: boolean;
}

/** INTERACTION_CREATE for a button press (type 3), on a bot message in the guild channel or a DM. */
export function componentInteraction(id: string, token: string, messageId: string, spec: ComponentSpec): object {
  const base = interactionCreate(id, token, '0', { command: '', user: spec.user, ...(spec.dm ? { dm: true } : {}) }) as Record<string, unknown>;
  const channelId = spec.dm ? DM_CHANNEL_ID : CHANNEL_ID;
  return {
    ...base,
    type: 3,
    data: { custom_id: spec.customId, component_type: 2 },
    message: sentMessage(messageId, channelId, { content: 'an answer' }),
  };
}

/** MESSAGE_CREATE as Discord sends it: mentions parsed from the content, a member in guilds. */
export function messageCreate(id: string, spec: MessageSpec): object {
  const dm = spec.channel === 'dm';
  const author = user(spec.author);
  const mentions = [...spec.content.matchAll(/<@!?(\d+)>/g)].map((m) => (m[1] === BOT_ID ? botUser() : user({ id: m[1]! })));
  return {
    id,
    type: 0,
    channel_id: dm ? (spec.dmChannel ?? DM_CHANNEL_ID) : (spec.channel ?? CHANNEL_ID),
    ...(dm ? { channel_type: 1 } : { guild_id: GUILD_ID, member: member([]) }),
    author,
    content: spec.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: /@(everyone|here)/.test(spec.content),
    mentions,
    mention_roles: [...spec.content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]),
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0,
    components: [],
    ...(spec.webhookId ? { webhook_id: spec.webhookId } : {}),
    ...(spec.replyTo ? replyFields(spec, dm) : {}),
  };
}

/** The fields Discord adds to a reply: the reference, the replied-to message, and (when it pings) its author in `mentions`. */
function replyFields(spec: MessageSpec, dm: boolean): object {
  const channelId = dm ? (spec.dmChannel ?? DM_CHANNEL_ID) : (spec.channel ?? CHANNEL_ID);
  const repliedAuthor = spec.repliedAuthor ? user(spec.repliedAuthor) : botUser();
  const content = spec.content;
  const mentions = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => (m[1] === BOT_ID ? botUser() : user({ id: m[1]! })));
  return {
    type: 19,
    message_reference: { type: 0, message_id: spec.replyTo, channel_id: channelId, ...(dm ? {} : { guild_id: GUILD_ID }) },
    referenced_message: { ...sentMessage(spec.replyTo!, channelId, { content: 'an earlier message' }), author: repliedAuthor },
    mentions: spec.replyPings === false ? mentions : [...mentions, repliedAuthor],
  };
}

/** A public thread the bot (or `owner`) started from a message in the guild channel (THREAD_CREATE). */
export function threadChannel(id: string, parentId: string, name: string, owner = BOT_ID): object {
  return {
    id, type: 11, guild_id: GUILD_ID, parent_id: parentId, owner_id: owner, name, last_message_id: null,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    message_count: 0, member_count: 1, rate_limit_per_user: 0, flags: 0,
  };
}

/** INTERACTION_CREATE for a chat-input command with string options, in the guild or a DM. */
export function interactionCreate(id: string, token: string, commandId: string, spec: InteractionSpec): object {
  const attachmentId = `${id}7`;
  const leaves: object[] = [
    ...Object.entries(spec.options ?? {}).map(([name, value]) => ({ name, type: 3, value })),
    ...(spec.attachment ? [{ name: spec.attachment.option, type: 11, value: attachmentId }] : []),
  ];
  const options = spec.subcommand ? [{ name: spec.subcommand, type: 1, options: leaves }] : leaves;
  const resolved = spec.attachment
    ? { resolved: { attachments: { [attachmentId]: { id: attachmentId, filename: spec.attachment.name, size: spec.attachment.size, url: spec.attachment.url, proxy_url: spec.attachment.url, ...(spec.attachment.contentType ? { content_type: spec.attachment.contentType } : {}) } } } }
    : {};
  return {
    id,
    application_id: APP_ID,
    type: 2,
    token,
    version: 1,
    data: { id: commandId, name: spec.command, type: 1, options, ...resolved },
    ...(spec.dm
      ? { channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1 }, user: user(spec.user), context: 1 }
      : { guild_id: GUILD_ID, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' }, member: { ...member(spec.roles ?? [], user(spec.user)), permissions: spec.permissions ?? '0' }, guild_locale: 'en-US', context: 0 }),
    app_permissions: '0',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    attachment_size_limit: 10_485_760,
  };
}

/** Discord's checks on message content: at most 2,000 characters, and not empty. */
export function checkContent(body: any): [number, unknown] | undefined {
  const content: unknown = body?.content;
  if (typeof content === 'string' && content.length > CONTENT_LIMIT) {
    return [400, { message: 'Invalid Form Body', code: 50035, errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } } }];
  }
  if (!content && !body?.embeds?.length && !body?.attachments?.length) return [400, { message: 'Cannot send an empty message', code: 50006 }];
  // Components as Discord checks them: rows of 1-5 buttons, custom ids up to 100 and labels up to 80 characters.
  for (const row of body?.components ?? []) {
    const buttons: any[] = row?.components ?? [];
    const bad = row?.type !== 1 || buttons.length < 1 || buttons.length > 5 || buttons.some((b) => b.type !== 2 || typeof b.custom_id !== 'string' || b.custom_id.length > 100 || !b.label || b.label.length > 80);
    if (bad) return [400, { message: 'Invalid Form Body', code: 50035, errors: { components: { _errors: [{ code: 'COMPONENT_INVALID', message: 'Invalid component' }] } } }];
  }
  return undefined;
}

/** The message object Discord returns for a message the bot sent. */
export function sentMessage(id: string, channelId: string, body: any): object {
  return {
    id,
    type: body?.message_reference ? 19 : 0,
    channel_id: channelId,
    author: botUser(),
    content: body?.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: body?.flags ?? 0,
    components: [],
  };
}

export function botUser() {
  return { id: BOT_ID, username: 'qa-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
}

export function user(spec: UserSpec) {
  return { id: spec.id, username: spec.username ?? `user${spec.id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null, ...(spec.bot ? { bot: true } : {}) };
}

export function member(roles: string[], u?: object) {
  return { ...(u ? { user: u } : {}), roles, joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions: '0' };
}

function role(id: string, name: string, extra: object = {}) {
  return { id, name, permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, ...extra };
}

function channel(id: string, name: string) {
  return { id, type: 0, name, guild_id: GUILD_ID, position: 0, permission_overwrites: [], nsfw: false, parent_id: null };
}

export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Test Guild',
    icon: null,
    owner_id: '910000000000000099',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [role(GUILD_ID, '@everyone'), role(BOT_ROLE_ID, 'qa-bot', { managed: true, tags: { bot_id: BOT_ID } }), role(EDITORS_ROLE_ID, 'article-editors')],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    members: [member([BOT_ROLE_ID], botUser())],
    channels: [channel(CHANNEL_ID, 'general'), channel(OTHER_CHANNEL_ID, 'random')],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
  };
}
