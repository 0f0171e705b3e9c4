// Hindi texts of the built-in sequence templates, by template and step id.
import type en from '../en/templates.js';

export default {
  'template.account-renewal.name': 'आगामी खाता नवीनीकरण',
  'template.account-renewal.description':
    'खाता अधिकारियों को आगामी नवीनीकरण के बारे में याद दिलाता है और कदम सुझाता है: विवरण सत्यापित करें, ग्राहक से मिलें, ऐड-ऑन प्रस्तावित करें, उद्धरण का अनुमोदन और सहमति प्राप्त करें, अनुबंध पर हस्ताक्षर करें और धन्यवाद दें।',
  'template.account-renewal.step.verify-renewal.name': 'नवीनीकरण विवरण सत्यापित करें',
  'template.account-renewal.step.verify-renewal.description':
    'खाते और उसके नवीनीकरण की जाँच करें: अनुबंध की समाप्ति तिथि, उत्पाद और लाइसेंस, वर्तमान मूल्य, निर्णयकर्ता और कोई भी खुले सहायता मामले।',
  'template.account-renewal.step.renewal-meeting-email.name': 'नवीनीकरण बैठक का अनुरोध करें',
  'template.account-renewal.step.renewal-meeting-email.description':
    'ग्राहक को बताएँ कि उनका नवीनीकरण आने वाला है और इस पर चर्चा करने के लिए एक बैठक निर्धारित करने का अनुरोध करें।',
  'template.account-renewal.step.wait-for-meeting.name': '10 दिन प्रतीक्षा करें',
  'template.account-renewal.step.wait-for-meeting.description': 'नवीनीकरण बैठक होने का समय।',
  'template.account-renewal.step.review-usage.name': 'उपयोग और ऐड-ऑन की जाँच करें',
  'template.account-renewal.step.review-usage.description':
    'खाते द्वारा उपयोग किए जाने वाले (और उपयोग न किए जाने वाले) उत्पादों और सुविधाओं की जाँच करें, तथा प्रस्तावित किए जा सकने वाले ऐड-ऑन पर शोध करें। कॉल के लिए दो या तीन सुझाव तैयार करें।',
  'template.account-renewal.step.add-ons-call.name': 'ऐड-ऑन के बारे में कॉल',
  'template.account-renewal.step.add-ons-call.description':
    'नवीनीकरण के बारे में ग्राहक के प्रश्नों का उत्तर देने और उत्पाद के उनके उपयोग के अनुरूप ऐड-ऑन के बारे में बताने के लिए फ़ोन कॉल करें। हर वह प्रश्न नोट करें जिसका उत्तर आप तुरंत नहीं दे सकते।',
  'template.account-renewal.step.wait-after-add-ons-call.name': '7 दिन प्रतीक्षा करें',
  'template.account-renewal.step.wait-after-add-ons-call.description': 'ग्राहक के लिए उत्तर जुटाने हेतु एक सप्ताह।',
  'template.account-renewal.step.work-action-items.name': 'कार्यवाही आइटम पर काम करें',
  'template.account-renewal.step.work-action-items.description':
    'पिछली कॉल के कार्यवाही आइटम नोट करें और उन पर काम करें: प्रश्नों के उत्तर, भेजी जाने वाली जानकारी, शामिल किए जाने वाले लोग।',
  'template.account-renewal.step.follow-up-meeting-email.name': 'अनुवर्ती बैठक का अनुरोध करें',
  'template.account-renewal.step.follow-up-meeting-email.description':
    'ग्राहक के प्रश्नों के उत्तर देने तथा उनकी बची हुई शंकाओं का समाधान करने के लिए अनुवर्ती बैठक का अनुरोध करें।',
  'template.account-renewal.step.wait-for-follow-up-meeting.name': '7 दिन प्रतीक्षा करें',
  'template.account-renewal.step.wait-for-follow-up-meeting.description': 'अनुवर्ती बैठक होने का समय।',
  'template.account-renewal.step.prepare-quote.name': 'नवीनीकरण उद्धरण तैयार करें',
  'template.account-renewal.step.prepare-quote.description':
    'नवीनीकरण उद्धरण तैयार करें: वर्तमान उत्पाद और लाइसेंस, वे ऐड-ऑन जिनमें ग्राहक की रुचि है, और मूल्य निर्धारण।',
  'template.account-renewal.step.approve-quote.name': 'उद्धरण का अनुमोदन प्राप्त करें',
  'template.account-renewal.step.approve-quote.description':
    'साझा करने से पहले, अपनी बिक्री टीम के साथ उद्धरण की समीक्षा करें और किसी भी छूट और शर्तों सहित उसका अनुमोदन प्राप्त करें।',
  'template.account-renewal.step.wait-for-approval.name': '7 दिन प्रतीक्षा करें',
  'template.account-renewal.step.wait-for-approval.description': 'उद्धरण के अनुमोदन के लिए एक सप्ताह।',
  'template.account-renewal.step.quote-call.name': 'उद्धरण के बारे में कॉल',
  'template.account-renewal.step.quote-call.description':
    'ग्राहक को फ़ोन कॉल करें और अनुमोदित नवीनीकरण उद्धरण तथा पिछली अवधि के बाद हुए बदलावों पर चर्चा करें। उन्हें बताएँ कि आप समीक्षा के लिए इसे ईमेल करेंगे।',
  'template.account-renewal.step.quote-email.name': 'उद्धरण ईमेल करें',
  'template.account-renewal.step.quote-email.description':
    'समीक्षा के लिए ग्राहक को अनुमोदित उद्धरण ईमेल करें, और बताएँ कि आप उसे अंतिम रूप देने के लिए कब कॉल करेंगे।',
  'template.account-renewal.step.wait-for-review.name': '5 दिन प्रतीक्षा करें',
  'template.account-renewal.step.wait-for-review.description': 'ग्राहक के लिए उद्धरण की समीक्षा करने का समय।',
  'template.account-renewal.step.finalise-quote-call.name': 'उद्धरण को अंतिम रूप देने के लिए कॉल',
  'template.account-renewal.step.finalise-quote-call.description':
    'ग्राहक के शेष प्रश्नों का उत्तर देने, अंतिम बदलावों पर सहमति बनाने और उद्धरण को अंतिम रूप देने के लिए कॉल करें।',
  'template.account-renewal.step.wait-for-contract.name': '14 दिन प्रतीक्षा करें',
  'template.account-renewal.step.wait-for-contract.description': 'नवीनीकरण अनुबंध तैयार करने का समय।',
  'template.account-renewal.step.sign-contract.name': 'नवीनीकरण अनुबंध पर हस्ताक्षर करें',
  'template.account-renewal.step.sign-contract.description':
    'ग्राहक के साथ नवीनीकरण अनुबंध पर चर्चा करें, उसे हस्ताक्षर के लिए भेजें और हस्ताक्षर होने तक अनुवर्ती कार्रवाई करें।',
  'template.account-renewal.step.thank-you-email.name': 'धन्यवाद ईमेल',
  'template.account-renewal.step.thank-you-email.description':
    'नवीनीकरण अनुबंध पर हस्ताक्षर करने के लिए ग्राहक को धन्यवाद दें।',
  'template.event-invite.name': 'आगामी इवेंट के लिए आमंत्रित करें',
  'template.event-invite.description':
    'विक्रेताओं को संबंध बनाने और आगामी कार्यक्रम, जैसे ऑनलाइन वेबिनार या ऑफलाइन सम्मेलन में उपस्थिति बढ़ाने में मदद करता है: एक आमंत्रण, एक अनुवर्ती ईमेल और एक कॉल; जिन संपर्कों तक नहीं पहुँचा जा सका, उन्हें भविष्य की घटनाओं के लिए चिह्नित किया जाता है।',
  'template.event-invite.step.invitation-email.name': 'व्यक्तिगत आमंत्रण',
  'template.event-invite.step.invitation-email.description':
    'कार्यक्रम के लिए एक व्यक्तिगत आमंत्रण भेजें। उसका नाम, तिथि, स्थान या लिंक, और एक कारण जोड़ें कि यह इस संपर्क के लिए क्यों महत्वपूर्ण है।',
  'template.event-invite.step.invitation-reply.name': 'आमंत्रण का उत्तर दिया?',
  'template.event-invite.step.invitation-reply.description':
    'उत्तर के लिए 2 दिन तक प्रतीक्षा करता है। उत्तर दिया: इवेंट के विवरण सहित पुष्टिकरण ईमेल भेजें। उत्तर नहीं: अनुवर्ती ईमेल भेजें।',
  'template.event-invite.step.confirmation-email.name': 'इवेंट विवरण सहित पुष्टिकरण',
  'template.event-invite.step.confirmation-email.description':
    'संपर्क ने उत्तर दिया। उनकी उपस्थिति की पुष्टि करें और कैलेंडर आमंत्रण के साथ इवेंट का विवरण (तिथि, समय, स्थान या जुड़ने का लिंक, कार्यसूची) भेजें।',
  'template.event-invite.step.follow-up-email.name': 'अनुवर्ती आमंत्रण',
  'template.event-invite.step.follow-up-email.description':
    'अभी तक कोई उत्तर नहीं। एक छोटा अनुवर्ती ईमेल भेजें: संपर्क को तिथि याद दिलाएँ और एक सरल प्रश्न पूछें (क्या आप आ पाएँगे?)।',
  'template.event-invite.step.follow-up-reply.name': 'अनुवर्ती ईमेल का उत्तर दिया?',
  'template.event-invite.step.follow-up-reply.description':
    'उत्तर के लिए 2 दिन तक प्रतीक्षा करता है। उत्तर दिया: इवेंट के विवरण सहित पुष्टिकरण ईमेल भेजें। उत्तर नहीं: संपर्क को कॉल करें।',
  'template.event-invite.step.invitation-call.name': 'आमंत्रण कॉल',
  'template.event-invite.step.invitation-call.description':
    'संपर्क को कॉल करें: आमंत्रण का उल्लेख करें, एक-दो वाक्यों में इवेंट की मुख्य बातें बताएँ और पूछें कि क्या वे शामिल हो सकते हैं।',
  'template.event-invite.step.invitation-call-answered.name': 'आमंत्रण कॉल का उत्तर दिया?',
  'template.event-invite.step.invitation-call-answered.description':
    'उत्तर दिया: जिस पर सहमति बनी, उसकी ईमेल से पुष्टि करें। 1 दिन में उत्तर नहीं: संपर्क को भविष्य की घटनाओं के लिए चिह्नित करें।',
  'template.event-invite.step.call-confirmation-email.name': 'सहमति की पुष्टि करें',
  'template.event-invite.step.call-confirmation-email.description':
    'कॉल पर जिस पर सहमति बनी, उसकी पुष्टि करें और कैलेंडर आमंत्रण के साथ इवेंट का विवरण भेजें।',
  'template.event-invite.step.mark-future-events.name': 'भविष्य की घटनाओं के लिए चिह्नित करें',
  'template.event-invite.step.mark-future-events.description':
    'संपर्क तक नहीं पहुँचा जा सका: उन्हें भविष्य की घटनाओं के लिए चिह्नित करता है ताकि अगली बार उन्हें आमंत्रित किया जाए।',
  'template.no-show.name': 'फ़ॉलो अप जब संपर्क दिखाई न दें',
  'template.no-show.description':
    'विक्रेताओं को उन ग्राहकों के साथ फ़ॉलो अप करने में मदद करता है जो बैठक के लिए नहीं आए: दोबारा समय तय करने के लिए एक ईमेल और एक कॉल, फिर एक प्लेसहोल्डर मीटिंग, फिर कंपनी के अन्य संपर्क।',
  'template.no-show.step.missed-meeting-email.name': 'छूटी हुई मीटिंग का ईमेल',
  'template.no-show.step.missed-meeting-email.description':
    'छूटी हुई मीटिंग के बारे में संपर्क को ईमेल भेजें। लहजा मैत्रीपूर्ण रखें, दोष न दें: कहें कि आपको खेद है कि बात नहीं हो पाई, और इस सप्ताह या अगले सप्ताह में दूसरे समय का अनुरोध करें।',
  'template.no-show.step.missed-meeting-reply.name': 'छूटी हुई मीटिंग के ईमेल का उत्तर दिया?',
  'template.no-show.step.missed-meeting-reply.description':
    'उत्तर के लिए 1 दिन तक प्रतीक्षा करता है। उत्तर दिया: विवरण साझा करने और दोबारा समय तय करने के लिए कॉल करें। उत्तर नहीं: फिर भी कॉल करें।',
  'template.no-show.step.share-details-call.name': 'दोबारा समय तय करने के लिए कॉल',
  'template.no-show.step.share-details-call.description':
    'संपर्क ने उत्तर दिया। धन्यवाद देने, छूटी हुई मीटिंग का विवरण (कार्यसूची, आप क्या दिखाना चाहते थे, कौन शामिल होगा) साझा करने और फ़ोन पर रहते हुए ही नया समय तय करने के लिए कॉल करें।',
  'template.no-show.step.follow-up-call.name': 'अनुवर्ती कॉल',
  'template.no-show.step.follow-up-call.description':
    'आपके ईमेल का कोई उत्तर नहीं। संपर्क को कॉल करें: छूटी हुई मीटिंग का उल्लेख करें, दो वाक्यों में उसका विवरण साझा करें और नए समय का अनुरोध करें। यदि वे कॉल नहीं उठाते हैं, तो एक छोटा वॉइसमेल छोड़ें।',
  'template.no-show.step.follow-up-call-answered.name': 'अनुवर्ती कॉल का उत्तर दिया?',
  'template.no-show.step.follow-up-call-answered.description':
    'उत्तर दिया: नई मीटिंग का आमंत्रण भेजें। 1 दिन में उत्तर नहीं: दो दिन तक प्रतीक्षा करें और प्लेसहोल्डर मीटिंग का प्रस्ताव दें।',
  'template.no-show.step.send-new-invite.name': 'नई मीटिंग का आमंत्रण भेजें',
  'template.no-show.step.send-new-invite.description':
    'कॉल पर तय किए गए समय के लिए मीटिंग आमंत्रण भेजें, उस विवरण के साथ जिस पर चर्चा हुई: कार्यसूची, उपस्थित लोग और जुड़ने का लिंक।',
  'template.no-show.step.wait-2-days.name': '2 दिन प्रतीक्षा करें',
  'template.no-show.step.wait-2-days.description': 'अगले ईमेल से पहले संपर्क को दो दिन देता है।',
  'template.no-show.step.placeholder-meeting-email.name': 'प्लेसहोल्डर मीटिंग ईमेल',
  'template.no-show.step.placeholder-meeting-email.description':
    'एक विशिष्ट प्लेसहोल्डर समय प्रस्तावित करें (उदाहरण के लिए गुरुवार 10:00 बजे) और इस ईमेल के साथ आमंत्रण भेजें; संपर्क को बताएँ कि वे इसे बदल सकते हैं या बेहतर समय के साथ उत्तर दे सकते हैं।',
  'template.no-show.step.placeholder-meeting-reply.name': 'प्लेसहोल्डर ईमेल का उत्तर दिया?',
  'template.no-show.step.placeholder-meeting-reply.description':
    'उत्तर के लिए 1 दिन तक प्रतीक्षा करता है। उत्तर दिया: पुष्टि के लिए कॉल करें। उत्तर नहीं: कंपनी के अन्य संपर्कों से संपर्क करें।',
  'template.no-show.step.confirm-meeting-call.name': 'मीटिंग की पुष्टि के लिए कॉल',
  'template.no-show.step.confirm-meeting-call.description':
    'संपर्क ने उत्तर दिया। मीटिंग के समय की पुष्टि करने, छूटी हुई मीटिंग का विवरण साझा करने और मिलने से पहले किसी भी प्रश्न का उत्तर देने के लिए कॉल करें।',
  'template.no-show.step.reach-other-contacts.name': 'अन्य संपर्कों से संपर्क करें',
  'template.no-show.step.reach-other-contacts.description':
    'संपर्क ने जवाब नहीं दिया है। कंपनी के अन्य संपर्क खोजें (उनकी टीम का कोई सहकर्मी, उनका प्रबंधक या कोई अन्य हितधारक) और बातचीत जारी रखने के लिए उनमें से किसी एक से संपर्क करें।',
  'template.outbound-prospecting.name': 'उच्च मात्रा आउटबाउंड संभावना',
  'template.outbound-prospecting.description':
    'विक्रेताओं को संभावित ग्राहकों से मिलने और उनकी ज़रूरतों को समझने में मदद करता है: एक स्वचालित परिचयात्मक ईमेल, लिंक्डइन पर शोध और बैठक निर्धारित करने के लिए अधिकतम तीन कॉल; जो लीड कभी उत्तर नहीं देता, उसे अयोग्य घोषित कर दिया जाता है।',
  'template.outbound-prospecting.step.intro-email.name': 'परिचयात्मक ईमेल',
  'template.outbound-prospecting.step.intro-email.description':
    'स्वचालित रूप से भेजा जाता है: आपके नाम और संपर्क विवरण के साथ लीड से आपका परिचय कराता है।',
  'template.outbound-prospecting.step.research-lead.name': 'लिंक्डइन पर लीड के बारे में शोध करें',
  'template.outbound-prospecting.step.research-lead.description':
    'लिंक्डइन पर लीड और उनकी कंपनी के बारे में जानकारी खोजें: भूमिका, पद पर समय, हाल की पोस्ट, कंपनी की खबरें और साझा कनेक्शन। कॉल पर उल्लेख करने के लिए एक या दो बातें नोट करें।',
  'template.outbound-prospecting.step.first-call.name': 'परिचय कॉल',
  'template.outbound-prospecting.step.first-call.description':
    'लीड के लिए फ़ोन कॉल करें। यदि लीड उत्तर देता है, तो उनकी ज़रूरतों और प्राथमिकताओं पर चर्चा करें, लिंक्डइन के माध्यम से उनसे जुड़ें और सौदे को अगले चरण पर ले जाने के लिए बैठक निर्धारित करें। यदि नहीं, तो एक छोटा वॉइसमेल छोड़ें।',
  'template.outbound-prospecting.step.first-call-answered.name': 'परिचय कॉल का उत्तर दिया?',
  'template.outbound-prospecting.step.first-call-answered.description':
    'उत्तर दिया: अनुक्रम समाप्त हो जाता है, क्योंकि आपने कॉल पर बैठक निर्धारित कर ली। 1 दिन में उत्तर नहीं: एक स्वचालित अनुवर्ती ईमेल भेजा जाता है।',
  'template.outbound-prospecting.step.follow-up-email.name': 'अनुवर्ती ईमेल',
  'template.outbound-prospecting.step.follow-up-email.description':
    'अनुत्तरित कॉल के बाद स्वचालित रूप से भेजा जाता है: लीड से बात करने का समय पूछता है।',
  'template.outbound-prospecting.step.wait-3-days.name': '3 दिन प्रतीक्षा करें',
  'template.outbound-prospecting.step.wait-3-days.description':
    'अगली कॉल से पहले लीड को अनुवर्ती ईमेल पढ़ने के लिए तीन दिन देता है।',
  'template.outbound-prospecting.step.second-call.name': 'दूसरी कॉल',
  'template.outbound-prospecting.step.second-call.description':
    'लीड को फिर से कॉल करें और अपने ईमेल का उल्लेख करें। यदि लीड उत्तर देता है, तो उनकी ज़रूरतों पर चर्चा करें और सौदे को अगले चरण पर ले जाने के लिए बैठक निर्धारित करें।',
  'template.outbound-prospecting.step.second-call-answered.name': 'दूसरी कॉल का उत्तर दिया?',
  'template.outbound-prospecting.step.second-call-answered.description':
    'उत्तर दिया: अनुक्रम समाप्त हो जाता है, क्योंकि आपने कॉल पर बैठक निर्धारित कर ली। 1 दिन में उत्तर नहीं: दो दिन तक प्रतीक्षा करें, फिर अंतिम फ़ोन कॉल करें।',
  'template.outbound-prospecting.step.wait-2-days.name': '2 दिन प्रतीक्षा करें',
  'template.outbound-prospecting.step.wait-2-days.description': 'अंतिम कॉल से पहले दो दिन।',
  'template.outbound-prospecting.step.final-call.name': 'अंतिम कॉल',
  'template.outbound-prospecting.step.final-call.description':
    'अंतिम फ़ोन कॉल करें। यदि लीड उत्तर देता है, तो उनकी ज़रूरतों पर चर्चा करें और सौदे को अगले चरण पर ले जाने के लिए बैठक निर्धारित करें। यदि लीड दो दिन में उत्तर नहीं देता है, तो लीड को अयोग्य घोषित कर दिया जाता है।',
  'template.outbound-prospecting.step.final-call-answered.name': 'अंतिम कॉल का उत्तर दिया?',
  'template.outbound-prospecting.step.final-call-answered.description':
    'उत्तर दिया: बैठक निर्धारित होने के साथ अनुक्रम समाप्त हो जाता है। 2 दिन में उत्तर नहीं: लीड को अयोग्य घोषित कर दिया जाता है।',
  'template.outbound-prospecting.step.disqualify-lead.name': 'लीड को अयोग्य घोषित करें',
  'template.outbound-prospecting.step.disqualify-lead.description':
    'तीन अनुत्तरित कॉल के बाद लीड को अयोग्य के रूप में चिह्नित करता है; फिर वह अपने अनुक्रमों से बाहर हो जाता है।',
  'template.product-demo.name': 'उत्पाद डेमो अनुरोधों के लिए बैठक',
  'template.product-demo.description':
    'विक्रेताओं को उन ग्राहकों के साथ बैठक करने में मदद करता है जिन्होंने उत्पाद डेमो का अनुरोध किया है: उन्हें धन्यवाद दें, लिंक्डइन पर जुड़ें, ईमेल या फ़ोन से समय तय करें, फिर डेमो निर्धारित करें और दें; जो अवसर कभी उत्तर नहीं देता, उसे हारे हुए के रूप में बंद कर दिया जाता है।',
  'template.product-demo.step.thank-you-email.name': 'धन्यवाद ईमेल',
  'template.product-demo.step.thank-you-email.description':
    'उत्पाद में रुचि दिखाने के लिए ग्राहक को धन्यवाद दें, और उन्हें बताएँ कि आप डेमो का समय तय करने के लिए जल्द ही संपर्क करेंगे।',
  'template.product-demo.step.research-customer.name': 'लिंक्डइन पर शोध करें',
  'template.product-demo.step.research-customer.description':
    'लिंक्डइन पर उस व्यक्ति और उसकी कंपनी के बारे में शोध करें जिसने डेमो का अनुरोध किया है: भूमिका, टीम और कंपनी की खबरें। नोट करें कि वे डेमो में क्या देखना चाहेंगे।',
  'template.product-demo.step.connect-customer.name': 'लिंक्डइन पर जुड़ें',
  'template.product-demo.step.connect-customer.description':
    'डेमो का अनुरोध करने वाले व्यक्ति को कनेक्शन अनुरोध भेजें, साथ में रुचि के लिए धन्यवाद देते हुए एक छोटा नोट।',
  'template.product-demo.step.wait-1-day.name': '1 दिन प्रतीक्षा करें',
  'template.product-demo.step.wait-1-day.description': 'डेमो का समय पूछने से पहले एक दिन।',
  'template.product-demo.step.demo-time-email.name': 'डेमो के लिए समय का अनुरोध करें',
  'template.product-demo.step.demo-time-email.description':
    'ग्राहक से डेमो के लिए समय स्लॉट का अनुरोध करें और पूछें कि और कौन शामिल होना चाहिए। हो सके तो दो या तीन समय प्रस्तावित करें।',
  'template.product-demo.step.demo-time-reply.name': 'डेमो के समय के साथ उत्तर दिया?',
  'template.product-demo.step.demo-time-reply.description':
    'उत्तर के लिए 1 दिन तक प्रतीक्षा करता है। उत्तर दिया: डेमो बैठक निर्धारित करें। उत्तर नहीं: ग्राहक को कॉल करें।',
  'template.product-demo.step.set-up-demo.name': 'डेमो बैठक निर्धारित करें',
  'template.product-demo.step.set-up-demo.description':
    'तय समय के लिए सभी शामिल होने वाले लोगों को बैठक आमंत्रण भेजें, और ग्राहक ने जिसके बारे में पूछा है उसके आधार पर डेमो तैयार करें।',
  'template.product-demo.step.run-demo.name': 'उत्पाद का डेमो दें',
  'template.product-demo.step.run-demo.description':
    'डेमो दें: ग्राहक की ज़रूरतों से शुरू करें, उन्हें पूरा करने वाली सुविधाएँ दिखाएँ और बैठक समाप्त होने से पहले अगले चरण पर सहमति बनाएँ।',
  'template.product-demo.step.demo-call.name': 'डेमो तय करने के लिए कॉल',
  'template.product-demo.step.demo-call.description':
    'आपके ईमेल का कोई उत्तर नहीं। डेमो का समय और शामिल होने वाले लोग तय करने के लिए ग्राहक को फ़ोन कॉल करें।',
  'template.product-demo.step.demo-call-answered.name': 'डेमो कॉल का उत्तर दिया?',
  'template.product-demo.step.demo-call-answered.description':
    'उत्तर दिया: डेमो बैठक निर्धारित करें। 12 घंटे में उत्तर नहीं: दो दिन तक प्रतीक्षा करें और फिर से कॉल करें।',
  'template.product-demo.step.wait-2-days.name': '2 दिन प्रतीक्षा करें',
  'template.product-demo.step.wait-2-days.description': 'अनुवर्ती कॉल से पहले दो दिन।',
  'template.product-demo.step.follow-up-call.name': 'अनुवर्ती कॉल',
  'template.product-demo.step.follow-up-call.description':
    'डेमो तय करने के लिए एक बार और कॉल करें। यदि ग्राहक 12 घंटे में उत्तर नहीं देता है, तो अवसर को हारे हुए के रूप में बंद कर दिया जाता है।',
  'template.product-demo.step.follow-up-call-answered.name': 'अनुवर्ती कॉल का उत्तर दिया?',
  'template.product-demo.step.follow-up-call-answered.description':
    'उत्तर दिया: डेमो बैठक निर्धारित करें। 12 घंटे में उत्तर नहीं: अवसर को हारे हुए के रूप में बंद कर दिया जाता है।',
  'template.product-demo.step.close-as-lost.name': 'हारे हुए के रूप में बंद करें',
  'template.product-demo.step.close-as-lost.description':
    'ग्राहक तक नहीं पहुँचा जा सका: अवसर को हारे हुए के रूप में बंद करता है (उसे अयोग्य घोषित करता है); फिर वह अपने अनुक्रमों से बाहर हो जाता है।',
  'template.webinar-follow-up.name': 'वेबिनार फ़ॉलो अप',
  'template.webinar-follow-up.description':
    'विक्रेताओं को उन लीड के साथ बैठक स्थापित करने में मदद करता है जिन्होंने हाल ही में किसी वेबिनार या ऑनलाइन कार्यक्रम में भाग लिया हो: धन्यवाद दें और बैठक के लिए कहें, ईमेल और फ़ोन से अनुवर्ती कार्रवाई करें, बैठक तय होने पर लीड को योग्य बनाएं या उत्तर न मिलने पर अयोग्य घोषित करें।',
  'template.webinar-follow-up.step.thank-you-email.name': 'धन्यवाद ईमेल',
  'template.webinar-follow-up.step.thank-you-email.description':
    'स्वचालित रूप से भेजा जाता है: वेबिनार में भाग लेने के लिए लीड को धन्यवाद देता है और अगले चरणों पर चर्चा करने तथा प्रश्नों का उत्तर देने के लिए बैठक का अनुरोध करता है।',
  'template.webinar-follow-up.step.thank-you-reply.name': 'धन्यवाद ईमेल का उत्तर दिया?',
  'template.webinar-follow-up.step.thank-you-reply.description':
    'उत्तर के लिए 1 दिन तक प्रतीक्षा करता है। उत्तर दिया: बैठक की पुष्टि करें। उत्तर नहीं: अनुवर्ती ईमेल भेजें।',
  'template.webinar-follow-up.step.confirmation-email.name': 'बैठक की पुष्टि करें',
  'template.webinar-follow-up.step.confirmation-email.description':
    'लीड ने उत्तर दिया। उनके सुझाए गए समय पर बैठक की पुष्टि करें (या समय प्रस्तावित करें) और बताएँ कि इसमें क्या शामिल होगा: उत्पाद का डेमो और उनके प्रश्न।',
  'template.webinar-follow-up.step.set-up-demo.name': 'उत्पाद डेमो निर्धारित करें',
  'template.webinar-follow-up.step.set-up-demo.description':
    'उत्पाद डेमो बैठक का आमंत्रण भेजें और लीड के प्रश्नों तथा वेबिनार में उन्होंने जो देखा, उसके आधार पर डेमो तैयार करें।',
  'template.webinar-follow-up.step.qualify-lead.name': 'लीड को योग्य बनाएं',
  'template.webinar-follow-up.step.qualify-lead.description':
    'बैठक निर्धारित हो जाने पर लीड को योग्य के रूप में चिह्नित करता है; फिर वह अपने अनुक्रमों से बाहर हो जाता है।',
  'template.webinar-follow-up.step.follow-up-email.name': 'अनुवर्ती ईमेल',
  'template.webinar-follow-up.step.follow-up-email.description':
    'अभी तक कोई उत्तर नहीं। वेबिनार की एक मुख्य बात के साथ एक छोटा अनुवर्ती ईमेल भेजें, और फिर से बैठक के लिए कहें।',
  'template.webinar-follow-up.step.follow-up-reply.name': 'अनुवर्ती ईमेल का उत्तर दिया?',
  'template.webinar-follow-up.step.follow-up-reply.description':
    'उत्तर के लिए 1 दिन तक प्रतीक्षा करता है। उत्तर दिया: बैठक की पुष्टि करें। उत्तर नहीं: लीड को कॉल करें।',
  'template.webinar-follow-up.step.next-steps-call.name': 'अगले चरणों के लिए कॉल',
  'template.webinar-follow-up.step.next-steps-call.description':
    'लीड को कॉल करें: पूछें कि उन्हें वेबिनार कैसा लगा, उनके प्रश्नों का उत्तर दें और उत्पाद डेमो बैठक के लिए समय तय करें।',
  'template.webinar-follow-up.step.next-steps-call-answered.name': 'अगले चरणों की कॉल का उत्तर दिया?',
  'template.webinar-follow-up.step.next-steps-call-answered.description':
    'उत्तर दिया: तय की गई बैठक की ईमेल से पुष्टि करें। 1 दिन में उत्तर नहीं: दो दिन तक प्रतीक्षा करें और अंतिम ईमेल भेजें।',
  'template.webinar-follow-up.step.call-confirmation-email.name': 'कॉल पर तय बैठक की पुष्टि करें',
  'template.webinar-follow-up.step.call-confirmation-email.description':
    'कॉल पर तय की गई बैठक की पुष्टि करें, उसके समय और विषयों के साथ, और बैठक आमंत्रण भेजें।',
  'template.webinar-follow-up.step.qualify-after-call.name': 'लीड को योग्य बनाएं',
  'template.webinar-follow-up.step.qualify-after-call.description':
    'बैठक तय हो जाने पर लीड को योग्य के रूप में चिह्नित करता है; फिर वह अपने अनुक्रमों से बाहर हो जाता है।',
  'template.webinar-follow-up.step.wait-2-days.name': '2 दिन प्रतीक्षा करें',
  'template.webinar-follow-up.step.wait-2-days.description': 'अंतिम ईमेल से पहले दो दिन।',
  'template.webinar-follow-up.step.final-email.name': 'अंतिम अनुवर्ती ईमेल',
  'template.webinar-follow-up.step.final-email.description':
    'बैठक के लिए अनुरोध करते हुए एक अंतिम, छोटा ईमेल भेजें, और बाद के लिए रास्ता खुला रखें।',
  'template.webinar-follow-up.step.final-email-reply.name': 'अंतिम ईमेल का उत्तर दिया?',
  'template.webinar-follow-up.step.final-email-reply.description':
    'उत्तर के लिए 2 दिन तक प्रतीक्षा करता है। उत्तर दिया: बैठक की पुष्टि करें। उत्तर नहीं: लीड को अयोग्य घोषित कर दिया जाता है।',
  'template.webinar-follow-up.step.disqualify-lead.name': 'लीड को अयोग्य घोषित करें',
  'template.webinar-follow-up.step.disqualify-lead.description':
    'लीड ने कभी उत्तर नहीं दिया: उसे अयोग्य के रूप में चिह्नित करता है; फिर वह अपने अनुक्रमों से बाहर हो जाता है।',
} satisfies Record<keyof typeof en, string>;
