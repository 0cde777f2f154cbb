// The peer for the throughput comparison: a botbuilder echo bot with no app id (no auth), on 127.0.0.1 only.
// Run by the knowledge benchmark from a temporary folder where botbuilder and express are installed.
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`Echo: ${context.activity.text}`);
  await next();
});

const app = express();
app.use(express.json());
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`echo bot listening on ${process.env.PORT}`));
