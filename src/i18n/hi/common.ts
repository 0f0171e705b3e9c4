// Hindi messages: the bot's general texts (help, errors, roles, fallbacks).
import type en from '../en/common.js';

export default {
  'app.name': 'अनुक्रम सहायक',
  'help.title': 'मैं आपके लिए क्या कर सकता हूँ',
  'help.intro': 'मैं यहीं Teams में, चरण दर चरण, आपके बिक्री अनुक्रमों में आपका मार्गदर्शन करता हूँ। इनमें से कोई एक टाइप करें:',
  'help.yourRoles': 'आपकी भूमिकाएँ: {roles}',
  'help.more': 'सभी आदेश ({count} और)',
  'help.footer': 'अपने शब्दों में टाइप करें: "क्या आप आगे क्या है दिखा सकते हैं?" भी काम करता है।',
  'command.help.usage': 'सहायता',
  'command.help.description': 'यह सूची।',
  'command.language.usage': 'भाषा: <भाषा>',
  'command.language.description':
    'वह भाषा चुनें जिसमें मैं आपसे बात करूँ, जब वह Teams वाली भाषा न हो: English, Tiếng Việt, Galego, हिंदी या Polski।',
  'language.set': 'अब से मैं आपसे {language} में बात करूँगा।',
  'language.ask': 'मैं कौन-सी भाषा बोलूँ? मैं {languages} बोलता हूँ। उदाहरण के लिए "भाषा: Polski" टाइप करें।',
  'language.unknown': 'मैं "{text}" नहीं बोलता। मैं {languages} बोलता हूँ।',
  'language.name.en': 'English',
  'language.name.vi': 'Tiếng Việt',
  'language.name.gl': 'Galego',
  'language.name.hi': 'हिंदी',
  'language.name.pl': 'Polski',
  'role.administrator': 'प्रशासक',
  'role.sequenceManager': 'अनुक्रम प्रबंधक',
  'role.salesManager': 'बिक्री प्रबंधक',
  'role.seller': 'विक्रेता',
  'unknown.reply': 'क्षमा करें, मैं "{text}" नहीं समझ पाया।',
  'unknown.suggest': 'क्या आपका मतलब था: {suggestions}? मैं जो कुछ भी कर सकता हूँ, उसके लिए "सहायता" टाइप करें।',
  'refused.role': 'क्षमा करें, "{command}" के लिए इनमें से कोई एक भूमिका आवश्यक है: {roles}। आपकी भूमिकाएँ: {yours}।',
  'error.unavailable':
    'मैं अभी अपने रिकॉर्ड तक नहीं पहुँच पा रहा हूँ, इसलिए कुछ भी नहीं बदला गया। कृपया एक मिनट में फिर से प्रयास करें।',
  'turn.stillWorking': 'अभी भी इस पर काम कर रहा हूँ — पूरा होने पर मैं आपको बताऊँगा।',
  'turn.done': 'हो गया: आपने थोड़ी देर पहले जो कहा था, वह पूरा हो गया है।',
  'turn.failed': 'आपने थोड़ी देर पहले जो कहा था, वह पूरा नहीं हो सका। कृपया जाँचें और फिर से प्रयास करें।',
  'turn.lost':
    'आपने कुछ समय पहले जो कहा था, वह पूरा नहीं हो सका: उस पर काम करते समय मुझे फिर से शुरू किया गया। कृपया जाँचें और फिर से प्रयास करें।',
  'error.generic': 'मेरी ओर से कुछ गलत हो गया और कुछ भी नहीं बदला गया। कृपया थोड़ी देर में फिर से प्रयास करें।',
  'error.badAction':
    'उस बटन में वह जानकारी नहीं थी जिसकी मुझे आवश्यकता है। कुछ भी नहीं बदला गया; फिर से शुरू करने के लिए "सहायता" टाइप करें।',
  'welcome.text': 'नमस्ते {name}! मैं आपका अनुक्रम सहायक हूँ। मैं क्या कर सकता हूँ, यह देखने के लिए "सहायता" टाइप करें।',
  'welcome.textNoName': 'नमस्ते! मैं आपका अनुक्रम सहायक हूँ। मैं क्या कर सकता हूँ, यह देखने के लिए "सहायता" टाइप करें।',
} satisfies Record<keyof typeof en, string>;
