// "language: polski", "speak English", "tiếng Việt", "हिंदी में बात करो": the language the bot
// speaks with this user from now on, kept on the user so that it wins over Teams' locale.

import { LANGUAGE_CODES, type LanguageCode } from '../../domain/model.js';
import { t } from '../../i18n/index.js';
import { languageNamed } from '../grammar/lang/index.js';
import { textCommand } from './command.js';

/** The five languages by their own names: "English, Tiếng Việt, Galego, हिंदी, Polski". */
const languageList = (): string => LANGUAGE_CODES.map((code) => t(`language.name.${code}`)).join(', ');

export const languageCommand = textCommand({
  name: 'language',
  usage: 'command.language.usage',
  description: 'command.language.description',
  intents: ['language.set'],
  async handle(turn, { slots }) {
    const phrase = slots.language?.trim();
    if (!phrase) {
      await turn.context.sendActivity(turn.say('language.ask', { languages: languageList() }));
      return;
    }
    const code: LanguageCode | undefined = languageNamed(phrase);
    if (!code) {
      await turn.context.sendActivity(
        turn.say('language.unknown', { text: phrase.slice(0, 40), languages: languageList() }),
      );
      return;
    }
    const { users, locks } = turn.app.stores;
    await locks.withLock(`user:${turn.user.id}`, async () => {
      const user = await users.get(turn.user.id);
      if (!user) return;
      await users.save({ ...user, language: code, updatedAt: turn.app.clock.now().toISOString() });
    });
    // Answered in the language just chosen.
    await turn.context.sendActivity(t('language.set', { language: t(`language.name.${code}`) }, code));
  },
});
