// The Teams bot on the Teams SDK (@microsoft/teams.apps 2.0.x), served by the app's own HTTP
// server at POST /api/messages: commands answered with cards, "Update progress" card actions,
// and the installation lifecycle. The SDK validates the Bot Framework token on every activity
// when credentials are configured; without them (dev mode) it takes unauthenticated
// activities, and then only from this machine.

import { App } from '@microsoft/teams.apps';
import { ServiceTokenValidator } from '@microsoft/teams.apps/dist/middleware';
import { Client as HttpClient } from '@microsoft/teams.common';
import type { Router } from 'express';
import type { Logger } from 'pino';
import { UnauthenticatedError } from '../domain/errors';
import type { Outbox } from '../reminders/outbox';
import type { ServiceContext } from '../services/context';
import type { Directory } from '../services/directory';
import { rememberTimeZone } from '../services/reminders';
import { answer } from './answers';
import { onCardAction } from './card-actions';
import { helpCard, noticeCard } from './cards/summary-cards';
import { botCloud, botMode, type BotSettings } from './bot-settings';
import { clientCredentialsTokens } from './bot-token';
import { parseCommand } from './commands';
import { botConnectorOutbox } from './reminder-outbox';
import { clientTimeZone, SenderIdentities } from './identify';
import { botMembershipChange, onInstalled, onUninstalled } from './installation';
import { RouterAdapter, type TokenCheck } from './router-adapter';
import { sdkLogger } from './sdk-logger';

export interface BotDeps {
  ctx: ServiceContext;
  directory: Directory;
  logger: Logger;
  settings: BotSettings;
}

export interface BotHandle {
  /** Answers POST /api/messages; mount it on the app before the /api router. */
  router: Router;
  /** Proactive messages with the bot's credentials, for the reminders. */
  outbox: Outbox;
  mode: 'authenticated' | 'dev';
  app: App;
}

/** The SDK keeps its token helper protected; the reminders need the same token for proactive sends. */
class ActionPlanBot extends App {
  async botToken(): Promise<string | undefined> {
    return (await this.getBotToken())?.toString();
  }
}

export async function createBot({ ctx, directory, logger, settings }: BotDeps): Promise<BotHandle> {
  const mode = botMode(settings);
  const log = logger.child({ component: 'bot' });
  const adapter = new RouterAdapter({ loopbackOnly: mode === 'dev', tokenCheck: tokenCheckOf(settings, logger) });
  const app = newBotApp(settings, logger, adapter);
  const identities = new SenderIdentities(ctx, directory, { devUser: mode === 'dev' ? settings.devUser : null });
  const answerDeps = { ctx, links: settings.links };
  const installationDeps = { ctx, identities, logger: log };

  app.on('message', async (c) => {
    let actor;
    try {
      actor = await identities.actorOf(c.activity, c.api);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      await c.send(noticeCard(error.message, settings.links, 'attention'));
      return;
    }
    const zone = clientTimeZone(c.activity);
    if (zone) await rememberTimeZone(ctx, actor.email, zone);
    await c.send(await answer(answerDeps, actor, parseCommand(c.activity.text)));
  });

  app.on('card.action', async (c) => {
    const actor = await identities.actorOf(c.activity, c.api);
    return onCardAction(answerDeps, actor, c.activity.value);
  });

  app.on('install.add', async (c) => {
    const ref = await onInstalled(installationDeps, c.activity, c.api);
    if (ref.scope === 'personal')
      await c.send(helpCard(settings.links, 'Thank you for adding the 1325 Action Plan. I will remind you of targets that fall due.'));
  });
  app.on('install.remove', async (c) => onUninstalled(installationDeps, c.activity));
  app.on('conversationUpdate', async (c) => {
    const change = botMembershipChange(c.activity);
    if (change === 'added') await onInstalled(installationDeps, c.activity, c.api);
    if (change === 'removed') await onUninstalled(installationDeps, c.activity);
  });

  await app.initialize();
  if (mode === 'dev') {
    log.warn('!!! No bot credentials (CLIENT_ID): the bot takes unauthenticated activities, from this machine only. Never in production. !!!');
  }
  return { router: adapter.router, outbox: outboxOf(app, settings), mode, app };
}

/** Proactive messages alone, for the CLI: the bot's credentials without its HTTP endpoint. */
export function createOutbox(settings: BotSettings, logger: Logger): Outbox {
  return outboxOf(newBotApp(settings, logger, new RouterAdapter({ loopbackOnly: true })), settings);
}

function newBotApp(settings: BotSettings, logger: Logger, adapter: RouterAdapter): ActionPlanBot {
  const mode = botMode(settings);
  // botMode is 'authenticated' exactly when a client id is set.
  const clientId = mode === 'authenticated' ? settings.clientId : undefined;
  const credentials = clientId
    ? {
        clientId,
        tenantId: settings.tenantId ?? undefined,
        ...(settings.clientSecret
          ? {
              token: clientCredentialsTokens(
                { clientId, clientSecret: settings.clientSecret, tenantId: settings.tenantId ?? 'botframework.com', authorityHost: settings.authorityHost },
                logger.child({ component: 'bot-token' }),
              ),
            }
          : {}),
      }
    : {};
  // Every option is passed explicitly, so the SDK's own environment fallbacks (SERVICE_URL,
  // CLOUD, DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS) never apply: config.ts is the one reader.
  return new ActionPlanBot({
    ...credentials,
    httpServerAdapter: adapter,
    dangerouslyAllowUnauthenticatedRequests: mode === 'dev',
    serviceUrl: settings.serviceUrl,
    cloud: botCloud(settings),
    logger: sdkLogger(logger),
    activity: { mentions: { stripText: true } },
  });
}

/**
 * The token check the SDK runs on every activity (same validator, app id, tenant and cloud),
 * for the malformed bodies the adapter answers itself without handing them to the SDK. The
 * validator is not exported from the package root, hence the path into dist/.
 */
function tokenCheckOf(settings: BotSettings, logger: Logger): TokenCheck {
  if (botMode(settings) === 'dev' || !settings.clientId) return async () => true;
  const validator = new ServiceTokenValidator(
    settings.clientId,
    settings.tenantId ?? undefined,
    undefined,
    sdkLogger(logger, 'bot-token-check'),
    botCloud(settings),
  );
  return async (headers, body) => {
    const authorization = headers.authorization;
    if (!authorization) return false;
    try {
      await validator.check(authorization, body);
      return true;
    } catch {
      return false;
    }
  };
}

function outboxOf(app: ActionPlanBot, settings: BotSettings): Outbox {
  const http = new HttpClient({ token: () => app.botToken() });
  return botConnectorOutbox({ http, botId: app.id ?? 'action-plan-dev-bot', links: settings.links });
}
