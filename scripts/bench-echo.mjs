// The yardstick of `npm run bench`: the smallest bot on the product's own stack (restify, the Teams
// adapter, a teams-ai Application with memory storage) that answers a message with its text and a
// card press with a short text. Plain JavaScript run by node, as the product runs from dist/, so
// that start-up times compare the same way. PORT sets the port.

import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { MemoryStorage } from 'botbuilder';
import process from 'node:process';
import restify from 'restify';

const adapter = new TeamsAdapter({});
const app = new Application({ adapter, storage: new MemoryStorage(), startTypingTimer: false });

app.activity('message', async (context) => {
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
});
app.adaptiveCards.actionExecute(/.*/, async () => 'Recorded.');

const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => app.run(context));
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
