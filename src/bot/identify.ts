// Who is talking to the bot, as the API would see them. Teams gives the sender's Entra object
// id; the e-mail (UPN) comes from the conversation's member record at the Bot Connector, the
// product roles from the directory port (the bot has no token claims to read them from), and
// offices and ownership from the data, through resolveActor like every API request.

import type { Activity, Client as ApiClient } from '@microsoft/teams.api';
import { UnauthenticatedError } from '../domain/errors';
import { resolveActor, type ServiceContext } from '../services/context';
import type { Directory } from '../services/directory';
import type { Actor } from '../services/identity';

export interface IdentifyOptions {
  /** How long a looked-up e-mail is trusted before asking the Bot Connector again. */
  cacheMs?: number;
  /** Dev mode only: who every sender is taken to be (the Agents Playground has no demo users), like x-dev-user. */
  devUser?: string | null;
}

interface Member {
  email: string;
  name: string;
  expires: number;
}

export class SenderIdentities {
  private readonly members = new Map<string, Member>();
  private readonly cacheMs: number;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly directory: Directory,
    private readonly options: IdentifyOptions = {},
  ) {
    this.cacheMs = options.cacheMs ?? 10 * 60_000;
  }

  /** The sender as an Actor; UnauthenticatedError when Teams cannot say who they are. */
  async actorOf(activity: Activity, api: ApiClient): Promise<Actor> {
    const aadObjectId = activity.from.aadObjectId ?? null;
    const member = await this.member(activity, api);
    const roles = await this.directory.rolesOf({ email: member.email, aadObjectId });
    return resolveActor(this.ctx, { id: aadObjectId ?? member.email, email: member.email, name: member.name, roles });
  }

  /** The sender's e-mail and name, from the cache or the Bot Connector's member record. */
  async member(activity: Activity, api: ApiClient): Promise<Member> {
    const key = `${activity.conversation.tenantId ?? ''}|${activity.from.aadObjectId ?? activity.from.id}`;
    const now = this.ctx.clock().getTime();
    const cached = this.members.get(key);
    if (cached && cached.expires > now) return cached;
    let email = this.options.devUser?.toLowerCase();
    let name = activity.from.name ?? '';
    if (!email) {
      try {
        const account = await api.conversations.members(activity.conversation.id).getById(activity.from.id);
        email = (account.userPrincipalName ?? account.email)?.toLowerCase();
        name = account.name ?? name;
      } catch {
        email = undefined;
      }
    }
    if (!email) throw new UnauthenticatedError('I could not tell who you are: Teams did not give me your account. Try again in a moment.');
    const member = { email, name: name || email, expires: now + this.cacheMs };
    this.members.set(key, member);
    return member;
  }
}

/** The IANA time zone the sender's Teams client reports (clientInfo entity), if any. */
export function clientTimeZone(activity: Activity): string | null {
  const info: object | undefined = activity.entities?.find((e) => e.type === 'clientInfo');
  return info && 'timezone' in info && typeof info.timezone === 'string' && info.timezone ? info.timezone : null;
}
