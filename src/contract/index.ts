// The API's contract: request and response schemas with their types, the route table and the
// OpenAPI document made from it. One source for the server, the services, the bot and the tab;
// it depends on src/domain only.

export * from './department';
export * from './entities';
export * from './exchange';
export * from './lifecycle';
export * from './lifecycle-routes';
export * from './monitoring';
export * from './monitoring-routes';
export * from './openapi';
export * from './people';
export * from './plans';
export * from './problem';
export * from './process';
export * from './process-routes';
export * from './reminder-policy';
export * from './route';
export * from './routes';
export * from './scorecard';
export * from './scorecard-routes';
export * from './targets';
export { contractSchemas } from './registry';
