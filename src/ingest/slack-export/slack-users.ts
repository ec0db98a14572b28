/** @module users.json of a Slack export → who each user id is, and whether it is a bot. */

export interface SlackUser {
  name: string;
  isBot: boolean;
}

/** The users by id: named by real name, else display name, else handle. */
export function slackUsersFromJson(json: unknown): Map<string, SlackUser> | { problem: string } {
  if (!Array.isArray(json)) return { problem: 'users.json: must be a list of users' };
  const users = new Map<string, SlackUser>();
  for (const item of json) {
    if (item === null || typeof item !== 'object') continue;
    const user = item as Record<string, unknown>;
    const profile = (user.profile ?? {}) as Record<string, unknown>;
    if (typeof user.id !== 'string') continue;
    const name = [profile.real_name, user.real_name, profile.display_name, user.name].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    users.set(user.id, {
      name: name?.trim() ?? user.id,
      isBot: user.is_bot === true || user.id === 'USLACKBOT',
    });
  }
  return users;
}
