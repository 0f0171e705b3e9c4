// Hindi messages: validation of step graphs, activation and connecting records (src/domain/validation.ts).
import type en from '../en/validation.js';

export default {
  'validation.duplicateStepId': 'दो या अधिक चरण आईडी "{stepId}" का उपयोग करते हैं। हर चरण को उसकी अपनी आईडी दें।',
  'validation.noStart': 'अनुक्रम में चरण हैं, लेकिन "अनुक्रम यहाँ से शुरू होता है" के बाद कोई चरण नहीं है। पहला चरण चुनें।',
  'validation.unknownStart': 'अनुक्रम चरण "{target}" से शुरू होता है, लेकिन उस आईडी वाला कोई चरण नहीं है।',
  'validation.unknownNext': 'चरण "{stepName}" के बाद "{target}" आता है, लेकिन उस आईडी वाला कोई चरण नहीं है।',
  'validation.unknownBranch':
    'शर्त "{stepName}" अपने "{branch}" पथ को "{target}" पर भेजती है, लेकिन उस आईडी वाला कोई चरण नहीं है।',
  'validation.unknownAbout':
    'शर्त "{stepName}" चरण "{target}" की जाँच करती है, लेकिन उस आईडी वाला कोई चरण नहीं है।',
  'validation.emptyAdvanceTarget':
    'चरण "{stepName}" किसी दूसरे अनुक्रम पर ले जाता है, लेकिन यह नहीं बताता कि किस पर। अनुक्रम चुनें।',
  'validation.invalidWaitDuration':
    'प्रतीक्षा "{stepName}" पूरे दिनों और घंटों में होनी चाहिए, कोई भी ऋणात्मक नहीं, और 24 से कम घंटे।',
  'validation.waitTooLong':
    'प्रतीक्षा "{stepName}" {max} दिनों से अधिक लंबी है, जो किसी प्रतीक्षा की अधिकतम अवधि है। इसे छोटा करें या बीच में एक चरण जोड़कर इसे विभाजित करें।',
  'validation.waitAtEnd':
    'प्रतीक्षा "{stepName}" अपने पथ का अंतिम चरण है, और कोई अनुक्रम प्रतीक्षा के साथ समाप्त नहीं हो सकता। इसके बाद एक चरण जोड़ें या इसे हटाएँ।',
  'validation.invalidTimeLimit':
    'शर्त "{stepName}" के लिए पूरे दिनों और घंटों में समय सीमा आवश्यक है, कोई भी ऋणात्मक नहीं, और 24 से कम घंटे।',
  'validation.missingTimeLimit':
    'शर्त "{stepName}" के लिए शून्य से अधिक समय सीमा आवश्यक है: इसके बीतने पर "नहीं" पथ लिया जाता है।',
  'validation.conditionNotAfterStep':
    'शर्त "{stepName}" ठीक उसी चरण के बाद आनी चाहिए जिसकी वह जाँच करती है, "{aboutName}", और किसी अन्य चरण के बाद नहीं।',
  'validation.replyConditionNeedsEmail':
    'शर्त "{stepName}" उत्तर की प्रतीक्षा करती है, इसलिए जिस चरण की वह जाँच करती है वह ईमेल होना चाहिए; "{aboutName}" ईमेल नहीं है।',
  'validation.answerConditionNeedsCall':
    'शर्त "{stepName}" उत्तर दी गई कॉल की प्रतीक्षा करती है, इसलिए जिस चरण की वह जाँच करती है वह फ़ोन कॉल होना चाहिए; "{aboutName}" फ़ोन कॉल नहीं है।',
  'validation.advanceFirst': 'चरण "{stepName}" किसी दूसरे अनुक्रम पर ले जाता है, इसलिए यह पहला चरण नहीं हो सकता।',
  'validation.stepAfterAdvance':
    'चरण "{stepName}" किसी दूसरे अनुक्रम पर ले जाता है, इसलिए इसके बाद कोई चरण नहीं आ सकता।',
  'validation.closingCommandNotLast':
    'चरण "{stepName}" रिकॉर्ड को योग्य बनाता है, अयोग्य घोषित करता है या बंद करता है, जिससे वह अपने अनुक्रमों से बाहर हो जाता है, इसलिए इसके बाद कोई चरण नहीं आ सकता।',
  'validation.cycle': 'चरण "{stepName}" वापस स्वयं पर ले जाता है। अनुक्रम को हमेशा आगे बढ़ना चाहिए: लूप हटाएँ।',
  'validation.unreachableStep': 'अनुक्रम की शुरुआत से चरण "{stepName}" तक नहीं पहुँचा जा सकता। इसे कनेक्ट करें या हटाएँ।',
  'validation.automatedEmailNeedsTemplate':
    'स्वचालित ईमेल "{stepName}" के लिए विषय और मुख्य भाग वाला ईमेल टेम्पलेट आवश्यक है, क्योंकि सिस्टम इसे स्वयं भेजता है।',
  'validation.emptySequence':
    '"{sequenceName}" में कोई चरण नहीं है, इसलिए इसे सक्रिय नहीं किया जा सकता। कम से कम एक चरण जोड़ें।',
  'validation.tooManyActiveSequences':
    'आपके संगठन में पहले से {count} सक्रिय अनुक्रम हैं, और अधिकतम {max} की अनुमति है। "{sequenceName}" को सक्रिय करने से पहले किसी एक को निष्क्रिय करें।',
  'validation.sequenceNotActive': '"{sequenceName}" सक्रिय नहीं है, इसलिए रिकॉर्ड को इससे कनेक्ट नहीं किया जा सकता।',
  'validation.recordTypeMismatch':
    '"{sequenceName}" {sequenceType} रिकॉर्ड के लिए है, इसलिए {recordName} ({recordType}) को इससे कनेक्ट नहीं किया जा सकता।',
  'validation.leadClosed': 'लीड {recordName} पहले से {status} है, इसलिए इसे किसी अनुक्रम से कनेक्ट नहीं किया जा सकता।',
  'validation.opportunityClosed':
    'अवसर {recordName} {stage} के रूप में बंद है, इसलिए इसे किसी अनुक्रम से कनेक्ट नहीं किया जा सकता।',
  'validation.notFound': 'मुझे "{id}" नहीं मिला।',
} satisfies Record<keyof typeof en, string>;
