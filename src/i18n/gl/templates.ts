// Galician texts of the built-in templates, by template and step id (names as in the Galician Dynamics 365 Sales documentation).
import type en from '../en/templates.js';

export default {
  'template.account-renewal.name': 'Próxima renovación da conta',
  'template.account-renewal.description':
    'Recórdalles aos executivos de contas unha próxima renovación e guíaos por ela: verificar os detalles, reunirse co cliente, propor complementos, conseguir a aprobación e o acordo da cotización, asinar o contrato e dar as grazas.',
  'template.account-renewal.step.verify-renewal.name': 'Verificar os detalles da renovación',
  'template.account-renewal.step.verify-renewal.description':
    'Comproba a conta e a súa renovación: data de fin do contrato, produtos e licenzas, prezo actual, responsables da decisión e calquera caso de soporte aberto.',
  'template.account-renewal.step.renewal-meeting-email.name': 'Solicitar unha reunión de renovación',
  'template.account-renewal.step.renewal-meeting-email.description':
    'Infórmalle ao cliente da próxima renovación e solicita programar unha reunión para discutila.',
  'template.account-renewal.step.wait-for-meeting.name': 'Agardar 10 días',
  'template.account-renewal.step.wait-for-meeting.description':
    'Tempo para que se celebre a reunión de renovación.',
  'template.account-renewal.step.review-usage.name': 'Revisar o uso e os complementos',
  'template.account-renewal.step.review-usage.description':
    'Revisa os produtos e funcións que utiliza a conta (e os que non) e busca complementos que se poidan propor. Prepara dúas ou tres suxestións para a chamada.',
  'template.account-renewal.step.add-ons-call.name': 'Chamada sobre os complementos',
  'template.account-renewal.step.add-ons-call.description':
    'Chama ao cliente para responder ás súas preguntas sobre a renovación e presentar os complementos que encaixan co seu uso do produto. Anota cada pregunta que non poidas responder no momento.',
  'template.account-renewal.step.wait-after-add-ons-call.name': 'Agardar 7 días',
  'template.account-renewal.step.wait-after-add-ons-call.description':
    'Unha semana para reunir as respostas para o cliente.',
  'template.account-renewal.step.work-action-items.name': 'Traballar nos elementos de acción',
  'template.account-renewal.step.work-action-items.description':
    'Anota os elementos de acción da chamada anterior e traballa neles: respostas ás preguntas, información que enviar, persoas que implicar.',
  'template.account-renewal.step.follow-up-meeting-email.name': 'Solicitar unha reunión de seguimento',
  'template.account-renewal.step.follow-up-meeting-email.description':
    'Solicita unha reunión de seguimento para responder ás preguntas do cliente e resolver as dúbidas que aínda teña.',
  'template.account-renewal.step.wait-for-follow-up-meeting.name': 'Agardar 7 días',
  'template.account-renewal.step.wait-for-follow-up-meeting.description':
    'Tempo para que se celebre a reunión de seguimento.',
  'template.account-renewal.step.prepare-quote.name': 'Preparar a cotización de renovación',
  'template.account-renewal.step.prepare-quote.description':
    'Prepara a cotización de renovación: os produtos e licenzas actuais, os complementos que lle interesan ao cliente e os prezos.',
  'template.account-renewal.step.approve-quote.name': 'Conseguir a aprobación da cotización',
  'template.account-renewal.step.approve-quote.description':
    'Revisa a cotización co equipo de vendas e consegue a súa aprobación, incluídos os descontos e as condicións, antes de compartila.',
  'template.account-renewal.step.wait-for-approval.name': 'Agardar 7 días',
  'template.account-renewal.step.wait-for-approval.description':
    'Unha semana para a aprobación da cotización.',
  'template.account-renewal.step.quote-call.name': 'Chamada sobre a cotización',
  'template.account-renewal.step.quote-call.description':
    'Chama ao cliente para comentar a cotización de renovación aprobada e o que cambiou desde o período anterior. Dille que lla enviarás por correo electrónico para que a revise.',
  'template.account-renewal.step.quote-email.name': 'Enviar a cotización por correo electrónico',
  'template.account-renewal.step.quote-email.description':
    'Envía por correo electrónico a cotización aprobada ao cliente para que a revise, e indica cando chamarás para finalizala.',
  'template.account-renewal.step.wait-for-review.name': 'Agardar 5 días',
  'template.account-renewal.step.wait-for-review.description':
    'Tempo para que o cliente revise a cotización.',
  'template.account-renewal.step.finalise-quote-call.name': 'Chamada para finalizar a cotización',
  'template.account-renewal.step.finalise-quote-call.description':
    'Chama ao cliente para responder ás preguntas que lle queden, acordar os últimos cambios e finalizar a cotización.',
  'template.account-renewal.step.wait-for-contract.name': 'Agardar 14 días',
  'template.account-renewal.step.wait-for-contract.description':
    'Tempo para preparar o contrato de renovación.',
  'template.account-renewal.step.sign-contract.name': 'Asinar o contrato de renovación',
  'template.account-renewal.step.sign-contract.description':
    'Repasa o contrato de renovación co cliente, envíao para a sinatura e fai o seguimento ata que estea asinado.',
  'template.account-renewal.step.thank-you-email.name': 'Correo electrónico de agradecemento',
  'template.account-renewal.step.thank-you-email.description':
    'Agradécelle ao cliente a sinatura do contrato de renovación.',
  'template.event-invite.name': 'Convidar a un evento próximo',
  'template.event-invite.description':
    'Axuda aos vendedores a establecer relacións e impulsar a asistencia a un evento próximo, como un seminario web en liña ou unha conferencia presencial: un convite, un seguimento e unha chamada; os contactos cos que non se pode falar márcanse para eventos futuros.',
  'template.event-invite.step.invitation-email.name': 'Convite persoal',
  'template.event-invite.step.invitation-email.description':
    'Envía un convite persoal ao evento. Engade o nome, a data, o lugar ou a ligazón, e un motivo polo que lle importa a este contacto.',
  'template.event-invite.step.invitation-reply.name': 'Respondeu ao convite?',
  'template.event-invite.step.invitation-reply.description':
    'Agarda resposta ata 2 días. Respondeu: envía a confirmación cos detalles do evento. Sen resposta: envía un seguimento.',
  'template.event-invite.step.confirmation-email.name': 'Confirmación cos detalles do evento',
  'template.event-invite.step.confirmation-email.description':
    'O contacto respondeu. Confirma a súa praza e envía os detalles do evento (data, hora, lugar ou ligazón para unirse, axenda) cun convite de calendario.',
  'template.event-invite.step.follow-up-email.name': 'Convite de seguimento',
  'template.event-invite.step.follow-up-email.description':
    'Aínda sen resposta. Envía un seguimento breve: recórdalle ao contacto a data e fai unha pregunta sinxela (podes vir?).',
  'template.event-invite.step.follow-up-reply.name': 'Respondeu ao seguimento?',
  'template.event-invite.step.follow-up-reply.description':
    'Agarda resposta ata 2 días. Respondeu: envía a confirmación cos detalles do evento. Sen resposta: chama ao contacto.',
  'template.event-invite.step.invitation-call.name': 'Chamada de convite',
  'template.event-invite.step.invitation-call.description':
    'Chama ao contacto: menciona o convite, conta o máis destacado do evento nunha ou dúas frases e pregunta se pode asistir.',
  'template.event-invite.step.invitation-call-answered.name': 'Contestou á chamada de convite?',
  'template.event-invite.step.invitation-call-answered.description':
    'Contestou: confirma por correo electrónico o que acordastes. Non contestou en 1 día: marca o contacto para eventos futuros.',
  'template.event-invite.step.call-confirmation-email.name': 'Confirmar o acordado',
  'template.event-invite.step.call-confirmation-email.description':
    'Confirma o que acordastes na chamada e envía os detalles do evento cun convite de calendario.',
  'template.event-invite.step.mark-future-events.name': 'Marcar para eventos futuros',
  'template.event-invite.step.mark-future-events.description':
    'Non se puido contactar co contacto: márcao para eventos futuros para que o convidemos a próxima vez.',
  'template.no-show.name': 'Seguimento cando os contactos non aparecen',
  'template.no-show.description':
    'Axuda aos vendedores a facer o seguimento cos clientes que non se presentaron a unha reunión: un correo electrónico e unha chamada para reprogramala, despois unha reunión de marcador de posición e despois outros contactos da empresa.',
  'template.no-show.step.missed-meeting-email.name': 'Correo electrónico sobre a reunión perdida',
  'template.no-show.step.missed-meeting-email.description':
    'Envía un correo electrónico ao contacto sobre a reunión que perdeu. Con ton cordial, sen culpas: di que sentes non poder falar e pide outra hora esta semana ou a seguinte.',
  'template.no-show.step.missed-meeting-reply.name': 'Respondeu ao correo sobre a reunión perdida?',
  'template.no-show.step.missed-meeting-reply.description':
    'Agarda resposta ata 1 día. Respondeu: chama para compartir os detalles e reprogramar. Sen resposta: chama igualmente.',
  'template.no-show.step.share-details-call.name': 'Chamada para reprogramar',
  'template.no-show.step.share-details-call.description':
    'O contacto respondeu. Chama para darlle as grazas, comparte os detalles da reunión perdida (axenda, o que querías amosar, quen asiste) e fixa a nova hora mentres estades ao teléfono.',
  'template.no-show.step.follow-up-call.name': 'Chamada de seguimento',
  'template.no-show.step.follow-up-call.description':
    'Sen resposta ao teu correo electrónico. Chama ao contacto: menciona a reunión perdida, comparte os seus detalles en dúas frases e pide unha nova hora. Se non colle, deixa unha mensaxe de voz breve.',
  'template.no-show.step.follow-up-call-answered.name': 'Contestou á chamada de seguimento?',
  'template.no-show.step.follow-up-call-answered.description':
    'Contestou: envía o novo convite á reunión. Non contestou en 1 día: agarda dous días e propón unha reunión de marcador de posición.',
  'template.no-show.step.send-new-invite.name': 'Enviar o novo convite á reunión',
  'template.no-show.step.send-new-invite.description':
    'Envía o convite á reunión para a hora acordada na chamada, cos detalles que comentastes: axenda, asistentes e ligazón para unirse.',
  'template.no-show.step.wait-2-days.name': 'Agardar 2 días',
  'template.no-show.step.wait-2-days.description':
    'Dálle ao contacto dous días antes do seguinte correo electrónico.',
  'template.no-show.step.placeholder-meeting-email.name':
    'Correo electrónico de reunión de marcador de posición',
  'template.no-show.step.placeholder-meeting-email.description':
    'Propón unha hora concreta como marcador de posición (por exemplo, o xoves ás 10:00) e envía o convite con este correo electrónico; dille ao contacto que pode movela ou responder cunha hora mellor.',
  'template.no-show.step.placeholder-meeting-reply.name': 'Respondeu ao correo de marcador de posición?',
  'template.no-show.step.placeholder-meeting-reply.description':
    'Agarda resposta ata 1 día. Respondeu: chama para confirmar. Sen resposta: ponte en contacto con outros contactos da empresa.',
  'template.no-show.step.confirm-meeting-call.name': 'Chamada para confirmar a reunión',
  'template.no-show.step.confirm-meeting-call.description':
    'O contacto respondeu. Chama para confirmar a hora da reunión, comparte os detalles da reunión perdida e responde ás preguntas antes de vos reunirdes.',
  'template.no-show.step.reach-other-contacts.name': 'Contactar con outros contactos',
  'template.no-show.step.reach-other-contacts.description':
    'O contacto non respondeu. Busca outros contactos da empresa (un compañeiro do seu equipo, o seu responsable ou outra parte interesada) e ponte en contacto cun deles para manter viva a conversa.',
  'template.outbound-prospecting.name': 'Prospección de saída de gran volume',
  'template.outbound-prospecting.description':
    'Axuda aos vendedores a coñecer clientes potenciais e comprender as súas necesidades: unha presentación automatizada, investigación en LinkedIn e ata tres chamadas para concertar unha reunión; un cliente potencial que nunca contesta descualifícase.',
  'template.outbound-prospecting.step.intro-email.name': 'Correo electrónico de presentación',
  'template.outbound-prospecting.step.intro-email.description':
    'Envíase automaticamente: preséntate ao cliente potencial co teu nome e os teus datos de contacto.',
  'template.outbound-prospecting.step.research-lead.name': 'Investigar o cliente potencial en LinkedIn',
  'template.outbound-prospecting.step.research-lead.description':
    'Busca o cliente potencial e a súa empresa en LinkedIn: posto, tempo no cargo, publicacións recentes, novas da empresa e contactos en común. Anota unha ou dúas cousas para mencionar na chamada.',
  'template.outbound-prospecting.step.first-call.name': 'Chamada de presentación',
  'template.outbound-prospecting.step.first-call.description':
    'Chama ao cliente potencial. Se contesta, comenta as súas necesidades e prioridades, conecta con el a través de LinkedIn e concerta unha reunión para levar o acordo á seguinte fase. Se non, deixa unha mensaxe de voz breve.',
  'template.outbound-prospecting.step.first-call-answered.name': 'Contestou á chamada de presentación?',
  'template.outbound-prospecting.step.first-call-answered.description':
    'Contestou: a secuencia remata, porque concertaches a reunión na chamada. Non contestou en 1 día: envíase un correo electrónico de seguimento automático.',
  'template.outbound-prospecting.step.follow-up-email.name': 'Correo electrónico de seguimento',
  'template.outbound-prospecting.step.follow-up-email.description':
    'Envíase automaticamente despois dunha chamada sen contestar: pídelle ao cliente potencial unha hora para falar.',
  'template.outbound-prospecting.step.wait-3-days.name': 'Agardar 3 días',
  'template.outbound-prospecting.step.wait-3-days.description':
    'Dálle ao cliente potencial tres días para ler o correo de seguimento antes da seguinte chamada.',
  'template.outbound-prospecting.step.second-call.name': 'Segunda chamada',
  'template.outbound-prospecting.step.second-call.description':
    'Chama de novo ao cliente potencial e menciona os teus correos. Se contesta, comenta as súas necesidades e concerta unha reunión para levar o acordo á seguinte fase.',
  'template.outbound-prospecting.step.second-call-answered.name': 'Contestou á segunda chamada?',
  'template.outbound-prospecting.step.second-call-answered.description':
    'Contestou: a secuencia remata, porque concertaches a reunión na chamada. Non contestou en 1 día: agarda dous días e fai unha chamada final.',
  'template.outbound-prospecting.step.wait-2-days.name': 'Agardar 2 días',
  'template.outbound-prospecting.step.wait-2-days.description': 'Dous días antes da chamada final.',
  'template.outbound-prospecting.step.final-call.name': 'Chamada final',
  'template.outbound-prospecting.step.final-call.description':
    'Fai unha última chamada. Se contesta, comenta as súas necesidades e concerta unha reunión para levar o acordo á seguinte fase. Se non contesta en dous días, o cliente potencial descualifícase.',
  'template.outbound-prospecting.step.final-call-answered.name': 'Contestou á chamada final?',
  'template.outbound-prospecting.step.final-call-answered.description':
    'Contestou: a secuencia remata coa reunión concertada. Non contestou en 2 días: o cliente potencial descualifícase.',
  'template.outbound-prospecting.step.disqualify-lead.name': 'Descualificar o cliente potencial',
  'template.outbound-prospecting.step.disqualify-lead.description':
    'Marca o cliente potencial como descualificado despois de tres chamadas sen contestar; entón sae das súas secuencias.',
  'template.product-demo.name': 'Reunión para solicitudes de demostración de produtos',
  'template.product-demo.description':
    'Axuda aos vendedores a conseguir unha reunión cos clientes que solicitaron unha demostración do produto: agradecerlles, conectar en LinkedIn, acordar unha hora por correo electrónico ou teléfono, e despois organizar e facer a demostración; unha oportunidade que nunca responde péchase como perdida.',
  'template.product-demo.step.thank-you-email.name': 'Correo electrónico de agradecemento',
  'template.product-demo.step.thank-you-email.description':
    'Agradécelle ao cliente o seu interese polo produto e dille que en breve te porás en contacto para buscar unha hora para a demostración.',
  'template.product-demo.step.research-customer.name': 'Investigar en LinkedIn',
  'template.product-demo.step.research-customer.description':
    'Busca en LinkedIn a persoa que solicitou a demostración e a súa empresa: posto, equipo e novas da empresa. Anota o que quererá ver na demostración.',
  'template.product-demo.step.connect-customer.name': 'Conectar en LinkedIn',
  'template.product-demo.step.connect-customer.description':
    'Envía unha solicitude de conexión á persoa que solicitou a demostración, cunha nota breve agradecéndolle o seu interese.',
  'template.product-demo.step.wait-1-day.name': 'Agardar 1 día',
  'template.product-demo.step.wait-1-day.description': 'Un día antes de pedir unha hora para a demostración.',
  'template.product-demo.step.demo-time-email.name': 'Pedir unha hora para a demostración',
  'template.product-demo.step.demo-time-email.description':
    'Solicítalle ao cliente unha franxa horaria para a demostración e quen máis debería asistir. Ofrece dúas ou tres horas se podes.',
  'template.product-demo.step.demo-time-reply.name': 'Respondeu cunha hora para a demostración?',
  'template.product-demo.step.demo-time-reply.description':
    'Agarda resposta ata 1 día. Respondeu: configura a reunión de demostración. Sen resposta: chama ao cliente.',
  'template.product-demo.step.set-up-demo.name': 'Configurar a reunión de demostración',
  'template.product-demo.step.set-up-demo.description':
    'Envía o convite á reunión para a hora acordada a todas as persoas que deben asistir, e prepara a demostración en torno ao que preguntou o cliente.',
  'template.product-demo.step.run-demo.name': 'Demostrar o produto',
  'template.product-demo.step.run-demo.description':
    'Fai a demostración: parte das necesidades do cliente, amosa as funcións que as cobren e acorda o seguinte paso antes de que remate a reunión.',
  'template.product-demo.step.demo-call.name': 'Chamada para concertar a demostración',
  'template.product-demo.step.demo-call.description':
    'Sen resposta ao teu correo electrónico. Chama ao cliente para acordar unha hora para a demostración e quen debería asistir.',
  'template.product-demo.step.demo-call-answered.name': 'Contestou á chamada da demostración?',
  'template.product-demo.step.demo-call-answered.description':
    'Contestou: configura a reunión de demostración. Non contestou en 12 horas: agarda dous días e chama de novo.',
  'template.product-demo.step.wait-2-days.name': 'Agardar 2 días',
  'template.product-demo.step.wait-2-days.description': 'Dous días antes da chamada de seguimento.',
  'template.product-demo.step.follow-up-call.name': 'Chamada de seguimento',
  'template.product-demo.step.follow-up-call.description':
    'Chama unha vez máis para concertar a demostración. Se o cliente non contesta en 12 horas, a oportunidade péchase como perdida.',
  'template.product-demo.step.follow-up-call-answered.name': 'Contestou á chamada de seguimento?',
  'template.product-demo.step.follow-up-call-answered.description':
    'Contestou: configura a reunión de demostración. Non contestou en 12 horas: a oportunidade péchase como perdida.',
  'template.product-demo.step.close-as-lost.name': 'Pechar como perdida',
  'template.product-demo.step.close-as-lost.description':
    'Non se puido contactar co cliente: pecha a oportunidade como perdida (descualifícaa); entón sae das súas secuencias.',
  'template.webinar-follow-up.name': 'Seguimento do seminario web',
  'template.webinar-follow-up.description':
    'Axuda aos vendedores a establecer unha reunión cos clientes potenciais que asistiron recentemente a un seminario web ou evento en liña: agradecerlles e pedir unha reunión, facer o seguimento por correo electrónico e teléfono, cualificar o cliente potencial cando se acorda a reunión ou descualificalo se non hai resposta.',
  'template.webinar-follow-up.step.thank-you-email.name': 'Correo electrónico de agradecemento',
  'template.webinar-follow-up.step.thank-you-email.description':
    'Envíase automaticamente: agradécelle ao cliente potencial a súa asistencia ao seminario web e pídelle unha reunión para discutir os próximos pasos e responder ás súas dúbidas.',
  'template.webinar-follow-up.step.thank-you-reply.name': 'Respondeu ao correo de agradecemento?',
  'template.webinar-follow-up.step.thank-you-reply.description':
    'Agarda resposta ata 1 día. Respondeu: confirma a reunión. Sen resposta: envía un correo electrónico de seguimento.',
  'template.webinar-follow-up.step.confirmation-email.name': 'Confirmar a reunión',
  'template.webinar-follow-up.step.confirmation-email.description':
    'O cliente potencial respondeu. Confirma a reunión á hora que suxeriu (ou propón unha) e indica o que se tratará: unha demostración do produto e as súas preguntas.',
  'template.webinar-follow-up.step.set-up-demo.name': 'Configurar a demostración do produto',
  'template.webinar-follow-up.step.set-up-demo.description':
    'Envía o convite á reunión de demostración do produto e prepara a demostración en torno ás preguntas do cliente potencial e ao que viu no seminario web.',
  'template.webinar-follow-up.step.qualify-lead.name': 'Cualificar o cliente potencial',
  'template.webinar-follow-up.step.qualify-lead.description':
    'Marca o cliente potencial como cualificado agora que hai unha reunión concertada; entón sae das súas secuencias.',
  'template.webinar-follow-up.step.follow-up-email.name': 'Correo electrónico de seguimento',
  'template.webinar-follow-up.step.follow-up-email.description':
    'Aínda sen resposta. Envía un seguimento breve cunha idea clave do seminario web e pide de novo unha reunión.',
  'template.webinar-follow-up.step.follow-up-reply.name': 'Respondeu ao seguimento?',
  'template.webinar-follow-up.step.follow-up-reply.description':
    'Agarda resposta ata 1 día. Respondeu: confirma a reunión. Sen resposta: chama ao cliente potencial.',
  'template.webinar-follow-up.step.next-steps-call.name': 'Chamada sobre os seguintes pasos',
  'template.webinar-follow-up.step.next-steps-call.description':
    'Chama ao cliente potencial: pregúntalle que lle pareceu o seminario web, responde ás súas preguntas e acorda unha hora para unha reunión de demostración do produto.',
  'template.webinar-follow-up.step.next-steps-call-answered.name':
    'Contestou á chamada sobre os seguintes pasos?',
  'template.webinar-follow-up.step.next-steps-call-answered.description':
    'Contestou: confirma por correo electrónico a reunión acordada. Non contestou en 1 día: agarda dous días e envía un correo final.',
  'template.webinar-follow-up.step.call-confirmation-email.name': 'Confirmar a reunión da chamada',
  'template.webinar-follow-up.step.call-confirmation-email.description':
    'Confirma a reunión que acordastes na chamada, coa súa hora e o que se tratará, e envía o convite á reunión.',
  'template.webinar-follow-up.step.qualify-after-call.name': 'Cualificar o cliente potencial',
  'template.webinar-follow-up.step.qualify-after-call.description':
    'Marca o cliente potencial como cualificado agora que hai unha reunión acordada; entón sae das súas secuencias.',
  'template.webinar-follow-up.step.wait-2-days.name': 'Agardar 2 días',
  'template.webinar-follow-up.step.wait-2-days.description': 'Dous días antes do correo final.',
  'template.webinar-follow-up.step.final-email.name': 'Correo electrónico de seguimento final',
  'template.webinar-follow-up.step.final-email.description':
    'Envía un último correo breve pedindo unha reunión e deixa a porta aberta para máis adiante.',
  'template.webinar-follow-up.step.final-email-reply.name': 'Respondeu ao correo final?',
  'template.webinar-follow-up.step.final-email-reply.description':
    'Agarda resposta ata 2 días. Respondeu: confirma a reunión. Sen resposta: o cliente potencial descualifícase.',
  'template.webinar-follow-up.step.disqualify-lead.name': 'Descualificar o cliente potencial',
  'template.webinar-follow-up.step.disqualify-lead.description':
    'O cliente potencial nunca respondeu: márcao como descualificado; entón sae das súas secuencias.',
} satisfies Record<keyof typeof en, string>;
