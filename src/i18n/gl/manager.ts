// Galician messages: the managers' experience (templates, sequences, customising, records, connecting, roles, business units, stats, CSV import).
import type en from '../en/manager.js';

export default {
  // ---- Help ---------------------------------------------------------------------------------
  'manager.command.templates.usage': 'modelos',
  'manager.command.templates.description':
    'Os seis modelos predefinidos coas súas cifras; "amosar o modelo do seminario web" para ver un fluxo.',
  'manager.command.create.usage': 'crear secuencia desde o modelo de demostración do produto',
  'manager.command.create.description':
    'Unha copia en borrador para ti ("... chamada Demos T3"), ou "crear unha secuencia en branco para contactos chamada ...".',
  'manager.command.sequences.usage': 'secuencias',
  'manager.command.sequences.description':
    'Todas as secuencias que podes ver, co estado, o tipo de rexistro, as etiquetas e os rexistros conectados; "amosar <secuencia>" abre unha.',
  'manager.command.customise.usage': 'engadir unha chamada despois do paso 3: preguntar polo orzamento',
  'manager.command.customise.description':
    'Personalizar: "eliminar o paso 4", "cambiar a espera despois do paso 3 a 2 días", "cambiar a descrición do paso 2 a ...", "renomeala como ...", "etiquetala con t3".',
  'manager.command.lifecycle.usage': 'activar <secuencia>',
  'manager.command.lifecycle.description': 'Tamén "desactivar ...", "copiar X como Y", "eliminar ...".',
  'manager.command.records.usage':
    'engadir cliente potencial Jane Doe de Contoso, jane@contoso.com, +1 555 0100',
  'manager.command.records.description':
    'Engade un cliente potencial, contacto, conta ou oportunidade ("... para Sam Lee" para asignarllo a alguén); "clientes potenciais", "contactos", "contas", "oportunidades" amósanos.',
  'manager.command.connect.usage': 'conectar Jane Doe a <secuencia>',
  'manager.command.connect.description':
    'Tamén "conectar todos os clientes potenciais novos a ...", "desconectar Jane Doe de ...", "pausar Jane Doe", "retomar Jane Doe".',
  'manager.command.stats.usage': 'estatísticas de <secuencia>',
  'manager.command.team.usage': 'equipo',
  'manager.command.team.description':
    'Os pasos de cada vendedor que vencen hoxe e os atrasados, co máis antigo: quen necesita unha man. Tamén "atrasados por vendedor".',
  'manager.team.title': 'O teu equipo hoxe',
  'manager.team.empty': 'Ninguén ten pasos que venzan hoxe nin atrasados.',
  'manager.team.counts':
    '{due} vencen · {overdue} atrasados{waiting, plural, =0 {} one { · # agardando} other { · # agardando}}',
  'manager.team.oldest': 'O máis antigo: {step} para {record}, {due}',
  'manager.team.oldestDue': 'O máis antigo: {step} para {record}, vence {due}',
  'manager.team.hint':
    'Os pasos van ao propietario de cada rexistro. Escribe "a continuación" para ver os teus.',
  'manager.command.stats.description':
    'Rexistros conectados e en que punto están, pasos feitos, taxas de resposta e de chamadas contestadas, taxa de éxito, días para completar.',
  'manager.command.roles.usage': 'roles',
  'manager.command.roles.description': 'Quen ten cada rol e unidade de negocio; "o meu rol" para ver o teu.',
  'manager.command.grant.usage': 'dar a Dana Reyes o rol de xestor de secuencias',
  'manager.command.grant.description':
    'Administradores: dar ou quitar un rol ("quitarlle a Dana o rol de xestor de secuencias"), "poñer a Dana Reyes na unidade de negocio Oeste".',

  // ---- Words --------------------------------------------------------------------------------
  'manager.or': ' ou ',
  'manager.listSeparator': ', ',
  'manager.you': 'ti',
  'manager.none': 'ningún',
  'manager.recordType.lead': 'cliente potencial',
  'manager.recordType.contact': 'contacto',
  'manager.recordType.account': 'conta',
  'manager.recordType.opportunity': 'oportunidade',
  'manager.recordType.plural.lead': 'clientes potenciais',
  'manager.recordType.plural.contact': 'contactos',
  'manager.recordType.plural.account': 'contas',
  'manager.recordType.plural.opportunity': 'oportunidades',
  'manager.status.draft': 'Borrador',
  'manager.status.active': 'Activa',
  'manager.status.inactive': 'Inactiva',
  'manager.kind.email': 'Correo electrónico',
  'manager.kind.automatedEmail': 'Correo electrónico automatizado',
  'manager.kind.phoneCall': 'Chamada telefónica',
  'manager.kind.task': 'Tarefa',
  'manager.kind.linkedin': 'LinkedIn',
  'manager.kind.wait': 'Espera',
  'manager.kind.condition': 'Condición',
  'manager.kind.command': 'Comando',
  'manager.kind.advance': 'Avanzar a outra secuencia',
  'manager.linkedin.research': 'Investigación en LinkedIn',
  'manager.linkedin.connect': 'Conexión en LinkedIn',
  'manager.linkedin.inMail': 'InMail de LinkedIn',
  'manager.linkedin.getIntroduced': 'Presentación en LinkedIn',
  'manager.field.description': 'descrición',
  'manager.field.name': 'nome',
  'manager.field.subject': 'asunto do correo electrónico',
  'manager.field.body': 'corpo do correo electrónico',
  'manager.duration.day': '{n} día',
  'manager.duration.days': '{n} días',
  'manager.duration.hour': '{n} hora',
  'manager.duration.hours': '{n} horas',
  'manager.duration.none': '0 horas',
  'manager.action.view': 'ver a secuencia',
  'manager.action.copy': 'copiar a secuencia',
  'manager.action.connect': 'conectar rexistros á secuencia',
  'manager.action.stats': 'ver as estatísticas da secuencia',
  'manager.action.edit': 'editar a secuencia',
  'manager.action.activate': 'activar a secuencia',
  'manager.action.deactivate': 'desactivar a secuencia',
  'manager.action.delete': 'eliminar a secuencia',
  'manager.action.create': 'crear secuencias',
  'manager.action.addRecord': 'engadir rexistros',
  'manager.action.addForOthers': 'engadir rexistros para outra persoa',
  'manager.action.viewAll': 'ver os rexistros de todos',
  'manager.action.manageOthers': 'conectar, pausar, desconectar ou reasignar os rexistros doutras persoas',
  'manager.action.rolesView': 'ver os roles',
  'manager.action.grant': 'dar ou quitar roles',
  'manager.action.unit': 'cambiar as unidades de negocio',

  // ---- Refusals -----------------------------------------------------------------------------
  'manager.refused.role': 'Sentímolo, só {roles} pode {action}. Os teus roles: {yours}.',
  'manager.refused.owner':
    'Sentímolo, "{sequence}" pertence a {owner}: só o seu propietario, {roles} poden {action}. Os teus roles: {yours}. Podes copiala e cambiar a copia.',
  'manager.refused.ownerOnly':
    'Sentímolo, "{sequence}" pertence a {owner}: só o seu propietario, {roles} poden {action}. Os teus roles: {yours}.',
  'manager.refused.hidden':
    'Sentímolo, "{sequence}" pertence a outra unidade de negocio, así que non podes {action}. Só poden o seu propietario, {roles}.',
  'manager.refused.recordOwner':
    'Sentímolo, {record} pertence a {owner}: só o seu propietario, {roles} poden {action}. Os teus roles: {yours}.',
  'manager.role.a.administrator': 'un administrador',
  'manager.role.a.sequenceManager': 'un xestor de secuencias',
  'manager.role.a.salesManager': 'un xestor de vendas',
  'manager.role.a.seller': 'un vendedor',

  // ---- Choosing -----------------------------------------------------------------------------
  'manager.choose.template': 'Hai máis dun modelo que encaixa con "{phrase}". Cal querías dicir?',
  'manager.choose.sequence': 'Que secuencia queres dicir? Pediches {action}.',
  'manager.choose.sequenceNamed': 'Hai máis dunha secuencia que encaixa con "{phrase}". Cal querías dicir?',
  'manager.choose.record': 'Hai máis dun rexistro que encaixa con "{phrase}". Cal querías dicir?',
  'manager.choose.user': 'Hai máis dunha persoa que encaixa con "{phrase}". A quen te referías?',
  'manager.choose.hint': 'Ou escribe o nome completo.',
  'manager.notFound.template': 'Non coñezo ningún modelo chamado "{phrase}". Os máis próximos:',
  'manager.notFound.sequence': 'Non atopei ningunha secuencia chamada "{phrase}". As máis próximas:',
  'manager.notFound.sequenceNoneAtAll':
    'Non atopei ningunha secuencia chamada "{phrase}", e aínda non hai ningunha que poidas ver. Escribe "modelos" para comezar unha.',
  'manager.notFound.record': 'Non atopei ningún rexistro chamado "{phrase}". Os máis próximos:',
  'manager.notFound.recordNoneAtAll':
    'Non atopei ningún rexistro chamado "{phrase}", e aínda non tes rexistros. Engade un: "engadir cliente potencial Jane Doe de Contoso, jane@contoso.com".',
  'manager.notFound.user':
    'Non coñezo a ninguén chamado "{phrase}". As persoas aparecen aquí cando xa falaron comigo. Persoas que coñezo: {known}.',
  'manager.sequences.noneToPick': 'Agora mesmo non hai ningunha secuencia dispoñible para: {action}.',
  'manager.button.choose': 'Escoller',
  'manager.button.cancel': 'Cancelar',
  'manager.cancelled': 'Cancelado: non se cambiou nada.',

  // ---- Templates ----------------------------------------------------------------------------
  'manager.templates.title': 'Modelos de secuencia',
  'manager.templates.intro':
    'Comeza unha secuencia a partir dun destes modelos, despois personalízaa e actívaa.',
  'manager.templates.facts': '{type} · {steps} pasos · {days} días para completar',
  'manager.templates.aliases': 'Tamén chamado: {aliases}',
  'manager.templates.hint':
    'Escribe "amosar o modelo do seminario web" para ver un fluxo, ou "crear secuencia desde o modelo de demostración do produto" para comezar unha.',
  'manager.button.showTemplate': 'Amosar o fluxo',
  'manager.button.useTemplate': 'Crear unha secuencia a partir del',
  'manager.button.backToTemplates': 'Todos os modelos',
  'manager.fact.recordType': 'Tipo de rexistro',
  'manager.fact.steps': 'Pasos',
  'manager.fact.days': 'Días para completar',
  'manager.fact.aliases': 'Tamén chamado',
  'manager.fact.status': 'Estado',
  'manager.fact.version': 'Versión',
  'manager.fact.owner': 'Propietario',
  'manager.fact.visibleTo': 'Visible para',
  'manager.fact.tags': 'Etiquetas',
  'manager.fact.connected': 'Rexistros conectados',
  'manager.visible.everyone': 'todos',
  'manager.visible.unit': 'unidade de negocio {unit}',

  // ---- Flows --------------------------------------------------------------------------------
  'manager.flow.title': '{number}. {kind}: {name}',
  'manager.flow.stepRef': 'paso {number} "{name}"',
  'manager.flow.waitRef':
    'a espera {after, plural, =0 {antes do paso 1} one {despois do paso #} other {despois do paso #}}',
  'manager.flow.conditionRef':
    'a condición {after, plural, =0 {antes do paso 1} one {despois do paso #} other {despois do paso #}}',
  'manager.flow.titleWait':
    '◷ {after, plural, =0 {Antes do paso 1} one {Despois do paso #} other {Despois do paso #}}: agardar {duration} (tempo laborable)',
  'manager.flow.titleConditionEmail':
    '◇ {after, plural, =0 {Antes do paso 1} one {Despois do paso #} other {Despois do paso #}}: resposta en {limit}?',
  'manager.flow.titleConditionCall':
    '◇ {after, plural, =0 {Antes do paso 1} one {Despois do paso #} other {Despois do paso #}}: chamada contestada en {limit}?',
  'manager.flow.showAll': '{count, plural, one {Amosar todo o fluxo} other {Amosar todo o fluxo (# pasos)}}',
  'manager.flow.showFewer': 'Amosar menos',
  'manager.flow.cut': '… e {count} máis, omitidos para que esta tarxeta sexa o bastante pequena para Teams.',
  'manager.flow.end': 'o final desta ruta',
  'manager.flow.next': 'Despois: {next}.',
  'manager.flow.yesReplied': 'Si, respondeu → {next}.',
  'manager.flow.noReplied': 'Sen resposta (ou omitido) → {next}.',
  'manager.flow.yesAnswered': 'Si, contestou → {next}.',
  'manager.flow.noAnswered': 'Non contestou (ou omitido) → {next}.',
  'manager.flow.subject': 'Asunto do correo electrónico: "{subject}".',
  'manager.flow.advance': 'Pasa o rexistro á secuencia "{sequence}"; despois non vai nada.',
  'manager.flow.command.qualify':
    'Cualifica o cliente potencial (convértese nunha oportunidade e sae das súas secuencias).',
  'manager.flow.command.disqualify': 'Descualifica o cliente potencial (sae das súas secuencias).',
  'manager.flow.command.won': 'Pecha a oportunidade como gañada (sae das súas secuencias).',
  'manager.flow.command.lost': 'Pecha a oportunidade como perdida (sae das súas secuencias).',
  'manager.flow.command.futureEvents': 'Marca o contacto para eventos futuros.',
  'manager.flow.totals':
    '{steps, plural, one {# paso} other {# pasos}} · {days, plural, one {# día} other {# días}} para completar',
  'manager.flow.legend':
    'Os pasos numerados contan no total; as esperas (◷) e as condicións (◇) só dan forma ao fluxo e nómeanse polo paso que as precede. Escribe p. ex. "engadir unha chamada despois do paso 3" ou "cambiar a espera despois do paso 3 a 2 días". Días para completar: a ruta máis longa de esperas e límites de tempo.',
  'manager.picture.numbered': '{number}. {name}',
  'manager.picture.wait': '{icon} Agardar {duration}',
  'manager.picture.replied': '{icon} Respondeu en {limit}?',
  'manager.picture.answered': '{icon} Chamada contestada en {limit}?',
  'manager.picture.yesReplied': '✓ Respondeu',
  'manager.picture.noReplied': '✗ Sen resposta',
  'manager.picture.yesAnswered': '✓ Contestou',
  'manager.picture.noAnswered': '✗ Non contestou',
  'manager.picture.goto': '↪ continúa en {step}',
  'manager.picture.end': '■ Fin',
  'manager.picture.legend':
    '✉ correo electrónico · ⚡ correo electrónico automatizado · ☎ chamada · ☑ tarefa · ⊕ LinkedIn · ⚙ comando · ◷ espera · ◇ condición. Unha condición divídese nas súas dúas respostas, unha a carón da outra.',
  'manager.flow.empty':
    'Aínda non hai pasos. Escribe "engadir un correo ao final: agradecer o seu interese" para engadir un.',
  'manager.step.label': 'o paso {number} "{name}"',
  'manager.step.labelWait':
    'a espera {after, plural, =0 {antes do paso 1} one {despois do paso #} other {despois do paso #}} "{name}"',
  'manager.step.labelCondition':
    'a condición {after, plural, =0 {antes do paso 1} one {despois do paso #} other {despois do paso #}} "{name}"',
  'manager.step.refNumber': 'o paso {number}',
  'manager.step.refName': 'o paso "{name}"',
  'manager.step.refWait':
    'a espera {after, plural, =0 {antes do paso 1} one {despois do paso #} other {despois do paso #}}',
  'manager.step.refCondition':
    'a condición {after, plural, =0 {antes do paso 1} one {despois do paso #} other {despois do paso #}}',

  // ---- Sequences ----------------------------------------------------------------------------
  'manager.sequences.title': 'Secuencias',
  'manager.sequences.titleFiltered': 'Secuencias ({filter})',
  'manager.sequences.short': '{status} · {type} · propietario {owner}',
  'manager.sequences.empty':
    'Aínda non hai secuencias. Escribe "modelos" para escoller un, ou "crear secuencia desde o modelo de demostración do produto".',
  'manager.sequences.line': '{status} · {type} · {connected} conectados',
  'manager.sequences.tags': 'Etiquetas: {tags}',
  'manager.sequences.noneMatch':
    'Ningunha secuencia das que podes ver cumpre este filtro. Escribe "todas as secuencias" para velas.',
  'manager.sequences.hint': 'Escribe "amosar <secuencia>" ou preme Abrir para ver unha.',
  'manager.list.more': '… e {count} máis.',
  'manager.sequences.range': '{from}–{to} de {total}',
  'manager.button.open': 'Abrir',
  'manager.button.previousPage': 'Páxina anterior',
  'manager.button.nextPage': 'Páxina seguinte',
  'manager.sequence.ready': 'Lista para activar.',
  'manager.sequence.notReady': 'Aínda non está lista para activar:',
  'manager.sequence.gone': 'Esa secuencia xa non existe. Escribe "secuencias" para ver as que hai.',
  'manager.sequence.blankName': 'Nova secuencia de {type} ({owner})',
  'manager.sequence.copyName': 'Copia de {name}',
  'manager.sequence.nameTaken': 'Xa hai unha secuencia chamada "{name}". Escolle outro nome.',
  'manager.sequence.nameEmpty': 'Unha secuencia necesita un nome.',
  'manager.sequence.nameTooLong': 'Ese nome é demasiado longo: como máximo {max} caracteres.',
  'manager.sequence.descriptionTooLong': 'Ese texto é demasiado longo: como máximo {max} caracteres.',
  'manager.sequence.alreadyActive': '"{sequence}" xa está activa.',
  'manager.sequence.notActiveYet': '"{sequence}" non está activa, así que non hai nada que desactivar.',

  'manager.create.whichTemplate':
    'De que modelo debe partir a secuencia? Preme "Crear unha secuencia a partir del", ou escribe p. ex. "crear secuencia desde o modelo do seminario web".',
  'manager.create.done': 'Creouse o borrador "{name}" a partir do modelo "{template}".',
  'manager.create.blank': 'Creouse a secuencia en branco de {type} "{name}" como borrador.',
  'manager.create.next':
    'Personalízaa escribindo (p. ex. "engadir unha chamada despois do paso 3: preguntar polo orzamento", "cambiar a espera despois do paso 3 a 2 días") ou con Personalizar, e despois Activar.',
  'manager.create.failed': 'Non se creou a secuencia:',

  'manager.activate.confirmTitle': 'Activar "{sequence}"?',
  'manager.activate.confirmText':
    'Unha vez activa, poderanse conectar rexistros de tipo {type} a ela e os seus {steps} pasos ({days} días para completar) irán aos seus propietarios. Os cambios posteriores serán unha nova versión; os rexistros xa conectados quedan na súa.',
  'manager.activate.done':
    '"{sequence}" está activa. Conéctalle rexistros de tipo {type}: "conectar <nome> a {sequence}".',
  'manager.activate.blocked': 'Aínda non se pode activar "{sequence}":',
  'manager.deactivate.done':
    '"{sequence}" está inactiva: non se poden conectar rexistros novos. Os {running} rexistros xa conectados continúan ata o final da súa versión.',
  'manager.copy.done': 'Copiouse "{sequence}" como o borrador "{name}", do que es propietario.',
  'manager.copy.failed': 'Non se copiou "{sequence}":',
  'manager.delete.confirmTitle': 'Eliminar "{sequence}"?',
  'manager.delete.confirmText': 'A secuencia eliminarase para sempre. Isto non se pode desfacer.',
  'manager.delete.confirmActive':
    '"{sequence}" desactivarase, {running, plural, one {o seu # rexistro conectado desconectarase (os seus pasos abertos desaparecen)} other {os seus # rexistros conectados desconectaranse (os seus pasos abertos desaparecen)}}, e a secuencia eliminarase. Isto non se pode desfacer.',
  'manager.delete.confirmRunning':
    'Os {running} rexistros que aínda están en curso en "{sequence}" desconectaranse (os seus pasos abertos desaparecen), e a secuencia eliminarase. Isto non se pode desfacer.',
  'manager.delete.done': 'Eliminouse "{sequence}".',
  'manager.delete.doneDisconnected':
    'Desactivouse "{sequence}", desconectáronse {count, plural, one {# rexistro} other {# rexistros}} e eliminouse.',

  // ---- Customising --------------------------------------------------------------------------
  'manager.edit.nothingChanged': 'Non se cambiou nada en "{sequence}":',
  'manager.edit.unclear':
    'Non entendín que cambio queres. Por exemplo: "engadir unha tarefa ao final: preparar a cotización", "eliminar o paso 4", "cambiar a espera despois do paso 3 a 2 días".',
  'manager.edit.newVersion':
    'Gardado como versión {version}: os rexistros xa conectados quedan na súa versión, as novas conexións reciben esta.',
  'manager.edit.renamed': 'Renomeouse "{from}" como "{name}".',
  'manager.edit.described': 'Actualizouse a descrición de "{sequence}".',
  'manager.edit.tagsAdded': 'Etiquetouse "{sequence}" con {tags}.',
  'manager.edit.tagsRemoved': 'Quitáronse as etiquetas {tags} de "{sequence}".',
  'manager.edit.stepAdded': 'Engadiuse {step} ({kind}) {where} en "{sequence}".',
  'manager.edit.whereStart': 'ao comezo',
  'manager.edit.whereAfter': 'tras {ref}',
  'manager.edit.whereYes': 'tras {ref}, na ruta "si"',
  'manager.edit.whereNo': 'tras {ref}, na ruta "non"',
  'manager.edit.stepRemoved': 'Eliminouse {step} de "{sequence}".',
  'manager.edit.stepRemovedWithPath':
    'Eliminouse {step} de "{sequence}", conservando a súa ruta "{kept}"; os pasos aos que só chegaba a outra ruta foron con el: {removed}.',
  'manager.edit.waitChanged': '{step} de "{sequence}" agora agarda {duration}.',
  'manager.edit.timeLimitChanged': '{step} de "{sequence}" agora agarda unha resposta ata {duration}.',
  'manager.edit.stepText': '{step} de "{sequence}": cambiouse o campo {field}.',
  'manager.edit.showSequence': 'Amosar a secuencia',
  'manager.step.notFound':
    'En "{sequence}" non existe {ref}: ten {count, plural, one {# paso} other {# pasos}}, numerados na súa tarxeta.',
  'manager.step.noSteps': '"{sequence}" aínda non ten pasos.',
  'manager.step.noneThere':
    'En "{sequence}" non existe {ref}: mira na súa tarxeta onde están as esperas e as condicións.',
  'manager.step.severalThere':
    'Hai máis dun paso que encaixa con "{ref}": {steps}. Indica entre comiñas o que queres dicir, p. ex. o paso "{example}".',
  'manager.step.dependedOn':
    'Non podes eliminar {step}: {condition} depende del. Elimina primeiro a condición.',
  'manager.step.manyEnds':
    '"{sequence}" remata en varios puntos ({ends}). Indica onde vai o novo paso, p. ex. "despois do paso 2".',
  'manager.step.manyPaths': 'Hai varias rutas ({count}) que levan ata {step}; di mellor "despois do paso N".',
  'manager.step.whichPath':
    '{step} é unha condición: indica en que ruta vai o novo paso, p. ex. "despois do paso {example} na ruta non".',
  'manager.step.conditionNeedsStep':
    'Unha condición comproba o paso xusto anterior: indica despois de que correo electrónico ou chamada vai, p. ex. "engadir unha condición despois do paso 2".',
  'manager.step.noAnchor': 'Non souben onde vai o novo paso; di "ao final" ou "despois do paso N".',
  'manager.step.noDuration':
    '{step} ({kind}) non ten duración: só as esperas e as condicións teñen duración ou límite de tempo. Indica unha polo paso que a precede, p. ex. "a espera despois do paso 3".',
  'manager.step.notEmail': '{step} ({kind}) non é un correo electrónico, así que non ten asunto nin corpo.',
  'manager.step.emptyText': 'O novo valor de {field} non pode estar baleiro.',
  'manager.step.advanceType':
    '"{target}" é para rexistros de tipo {targetType}; unha secuencia de {type} só pode pasar rexistros a outra secuencia de {type}.',
  'manager.tags.alreadyThere': '"{sequence}" xa ten as etiquetas {tags}.',
  'manager.tags.notThere': '"{sequence}" non ten a etiqueta {tags}. As súas etiquetas: {existing}.',
  'manager.tags.tooLong': 'A etiqueta "{tag}" é demasiado longa: como máximo {max} caracteres.',
  'manager.tags.tooMany': 'Unha secuencia pode ter como máximo {max} etiquetas.',
  'manager.stepName.email': 'Correo electrónico',
  'manager.stepName.automatedEmail': 'Correo electrónico automatizado',
  'manager.stepName.phoneCall': 'Chamada telefónica',
  'manager.stepName.task': 'Tarefa',
  'manager.stepName.linkedin': 'LinkedIn',
  'manager.stepName.wait': 'Agardar {duration}',
  'manager.stepName.condition': 'Condición',
  'manager.stepName.command': 'Comando',
  'manager.stepName.advance': 'Avanzar a "{sequence}"',
  'manager.stepName.replied': 'Respondeu a "{step}"?',
  'manager.stepName.answered': 'Contestou a "{step}"?',
  'manager.stepName.command.qualify': 'Cualificar o cliente potencial',
  'manager.stepName.command.disqualify': 'Descualificar o cliente potencial',
  'manager.stepName.command.won': 'Pechar como gañada',
  'manager.stepName.command.lost': 'Pechar como perdida',
  'manager.stepName.command.futureEvents': 'Marcar para eventos futuros',
  'manager.stepDescription.email': 'Escríbelle ao cliente.',
  'manager.stepDescription.automatedEmail': 'Envíao o sistema.',
  'manager.stepDescription.phoneCall': 'Chama ao cliente.',
  'manager.stepDescription.task': 'Fai esta tarefa para o cliente.',
  'manager.stepDescription.linkedin': 'Traballa co cliente en LinkedIn.',
  'manager.stepDescription.wait': 'Tempo antes do seguinte paso.',
  'manager.stepDescription.condition':
    'Si: a ruta continúa. Sen resposta dentro do límite de tempo: a ruta "non".',
  'manager.stepDescription.command': 'Faino o sistema.',
  'manager.stepDescription.advance': 'O rexistro continúa noutra secuencia.',

  // ---- Card forms ---------------------------------------------------------------------------
  'manager.button.activate': 'Activar',
  'manager.button.deactivate': 'Desactivar',
  'manager.button.customise': 'Personalizar',
  'manager.button.backToSequence': 'Volver á secuencia',
  'manager.customise.heading': 'Personalizar {name}',
  'manager.button.connect': 'Conectar rexistros',
  'manager.button.copy': 'Copiar',
  'manager.button.stats': 'Estatísticas',
  'manager.button.delete': 'Eliminar',
  'manager.button.more': 'Copiar ou eliminar',
  'manager.button.addStep': 'Engadir o paso',
  'manager.button.removeStep': 'Eliminar o paso',
  'manager.button.changeDuration': 'Cambiar',
  'manager.button.changeText': 'Cambiar o texto',
  'manager.button.rename': 'Renomear',
  'manager.button.describe': 'Gardar a descrición',
  'manager.button.addTags': 'Engadir etiquetas',
  'manager.button.removeTags': 'Quitar etiquetas',
  'manager.form.addHeading': 'Engadir un paso',
  'manager.form.kind': 'Tipo',
  'manager.form.position': 'Onde',
  'manager.form.atEnd': 'Ao final',
  'manager.form.atStart': 'Ao comezo',
  'manager.form.after': 'Tras {step}',
  'manager.form.afterYes': 'Tras {step}, na ruta si',
  'manager.form.afterNo': 'Tras {step}, na ruta non',
  'manager.form.description': 'Que debe facer o vendedor',
  'manager.form.duration': 'Para unha espera ou unha condición',
  'manager.form.days': 'Días',
  'manager.form.hours': 'Horas',
  'manager.form.removeHeading': 'Eliminar un paso',
  'manager.form.step': 'Paso',
  'manager.form.durationHeading': 'Cambiar unha espera ou un límite de tempo',
  'manager.form.textHeading': 'Cambiar o texto dun paso',
  'manager.form.field': 'Que texto',
  'manager.form.value': 'Texto novo',
  'manager.form.nameHeading': 'Nome',
  'manager.form.descriptionHeading': 'Descrición',
  'manager.form.tagsHeading': 'Etiquetas',
  'manager.form.tagsPlaceholder': 'p. ex. t3, prioridade',
  'manager.form.copyName': 'Nome da copia',
  'manager.form.connectRecords': 'Rexistros que conectar',
  'manager.form.pickKind': 'Escolle o tipo de paso que queres engadir.',
  'manager.form.pickStep': 'Escolle primeiro un paso.',
  'manager.form.giveDuration': 'Indica os días e as horas.',
  'manager.form.giveText': 'Escribe o texto novo.',
  'manager.form.giveTags': 'Escribe as etiquetas, separadas por comas.',
  'manager.form.pickRecords': 'Escolle os rexistros que queres conectar.',

  // ---- Records ------------------------------------------------------------------------------
  'manager.record.added': 'Engadiuse {type} {name}{details}, con {owner} como propietario.',
  'manager.record.next': 'Conéctao a unha secuencia: "conectar {name} a <secuencia>".',
  'manager.record.notAdded': 'Non se engadiu {type}:',
  'manager.record.needsPersonName':
    'Un rexistro de tipo {type} necesita un nome, p. ex. "engadir {type} Jane Doe de Contoso".',
  'manager.record.needsName':
    'Un rexistro de tipo {type} necesita un nome, p. ex. "engadir {type} Renovación Contoso".',
  'manager.record.badEmail': '"{email}" non é un enderezo de correo electrónico.',
  'manager.record.badPhone': '"{phone}" non é un número de teléfono (de 7 a 15 díxitos, p. ex. +1 555 0100).',
  'manager.record.badUrl': '"{url}" non é un enderezo web (comeza por https://).',
  'manager.record.statusOnlyLeads':
    'Só os clientes potenciais teñen estado; para rexistros de tipo {type}, omíteo.',
  'manager.record.badStatus': '"{status}" non é un estado de cliente potencial. Usa un destes: {allowed}.',
  'manager.record.stageOnlyOpportunities':
    'Só as oportunidades teñen fase; para rexistros de tipo {type}, omítea.',
  'manager.record.badStage': '"{stage}" non é unha fase de oportunidade. Usa unha destas: {allowed}.',
  'manager.record.tooLong': 'O campo {field} é demasiado longo: como máximo {max} caracteres.',
  'manager.record.duplicate': 'Xa hai un rexistro de tipo {type} {name} con estes datos.',
  'manager.record.ownerUnknown':
    'Non coñezo a ninguén chamado "{owner}" que poida ser o propietario. As persoas aparecen cando xa falaron comigo.',
  'manager.record.ownerAmbiguous':
    'Hai {count} persoas chamadas "{owner}"; usa o seu enderezo de correo electrónico.',
  'manager.record.gone': 'Ese rexistro xa non existe.',
  'manager.records.title': '{what}{filter}',
  'manager.records.all': 'Rexistros',
  'manager.records.heading.lead': 'Clientes potenciais',
  'manager.records.heading.contact': 'Contactos',
  'manager.records.heading.account': 'Contas',
  'manager.records.heading.opportunity': 'Oportunidades',
  'manager.records.filter': ' ({filter})',
  'manager.records.empty':
    'Aínda non hai rexistros aquí. Engade un: "engadir cliente potencial Jane Doe de Contoso, jane@contoso.com".',
  'manager.records.status': 'estado {status}',
  'manager.records.stage': 'fase {stage}',
  'manager.records.owner': 'propietario {owner}',
  'manager.records.hint':
    'Escribe "conectar <nome> a <secuencia>" para comezar unha secuencia para un deles.',

  // ---- Connecting ---------------------------------------------------------------------------
  'manager.connect.done':
    'Conectouse {record} a "{sequence}" (versión {version}). O primeiro paso, "{step}", vai para {owner}.',
  'manager.connect.doneNoStep': 'Conectouse {record} a "{sequence}" (versión {version}).',
  'manager.connect.failed': 'Non se conectou {record} a "{sequence}":',
  'manager.connect.already': '{record} xa está conectado a "{sequence}".',
  'manager.connect.many':
    'Conectáronse {count, plural, one {# rexistro} other {# rexistros}} a "{sequence}": {names}.',
  'manager.connect.started':
    'Conectando {count, plural, one {# rexistro} other {# rexistros}} a "{sequence}". Isto leva un momento: avisareite aquí cando remate.',
  'manager.bulk.connectDone':
    'Feito: conectáronse {done, plural, one {# rexistro} other {# rexistros}} a "{sequence}"; {skipped} xa estaban conectados e {refused} non se puideron conectar.',
  'manager.bulk.deleteDone':
    'Feito: desconectáronse {done, plural, one {# rexistro} other {# rexistros}} de "{sequence}" e eliminouse a secuencia.',
  'manager.delete.started':
    'Desactivouse "{sequence}". Estou desconectando {count, plural, one {o seu # rexistro} other {os seus # rexistros}} e despois eliminareina: avisareite aquí cando remate.',
  'manager.connect.skippedAlready': '{count} xa estaban conectados e quedaron como estaban.',
  'manager.connect.refusedOne': 'Non {record}: {why}',
  'manager.connect.noneMatching':
    'Non hai ningún rexistro de tipo {type} que conectar a "{sequence}" ({skipped} xa conectados).',
  'manager.connect.typeMismatch': '"{sequence}" é para {sequenceType}, non para {type}.',
  'manager.connect.noneOpen': '{record} non ten ningunha secuencia en curso{sequence} que desconectar.',
  'manager.pause.noneRunning': '{record} non ten ningunha secuencia en curso{sequence} que pausar.',
  'manager.resume.nonePaused': '{record} non ten ningunha secuencia en pausa{sequence} que retomar.',
  'manager.disconnect.done':
    'Desconectouse {record} de {count, plural, one {# secuencia} other {# secuencias}}. Os seus pasos abertos desapareceron.',
  'manager.pause.done':
    'Puxéronse en pausa {count, plural, one {# secuencia} other {# secuencias}} de {record}. Escribe "retomar {record}" para continuar.',
  'manager.resume.done':
    'Retomáronse {count, plural, one {# secuencia} other {# secuencias}} de {record}; o tempo que quedaba ao pausar conta desde agora.',
  'manager.command.reassign.usage': 'reasignar <rexistro> a <vendedor>',
  'manager.command.reassign.description':
    'Pasa un rexistro e os pasos abertos das súas secuencias a outro vendedor da túa unidade de negocio.',
  'manager.reassign.done':
    '{record} agora pertence a {owner}, {count, plural, =0 {sen ningunha secuencia en curso} one {cos pasos abertos de # secuencia} other {cos pasos abertos de # secuencias}}.',
  'manager.reassign.same': '{record} xa pertence a {owner}; non se cambiou nada.',
  'manager.reassign.button': 'Reasignar',
  'manager.reassign.label': 'Novo propietario',
  'manager.reassign.give': 'Darllo a este vendedor',
  'manager.reassign.pick': 'Escolle o vendedor ao que llo queres dar.',

  // ---- Roles and business units -------------------------------------------------------------
  'manager.roles.title': 'Roles e unidades de negocio',
  'manager.roles.you': '{name} (ti)',
  'manager.roles.unit': 'Unidade de negocio: {unit}',
  'manager.roles.hint':
    'Administradores: "dar a Dana Reyes o rol de xestor de secuencias", "poñer a Dana Reyes na unidade de negocio Oeste".',
  'manager.role.granted': '{user} agora é {role}.',
  'manager.role.revoked': '{user} xa non é {role}.',
  'manager.role.already': '{user} xa é {role}.',
  'manager.role.notHeld': '{user} non é {role}, así que non hai nada que quitar.',
  'manager.role.fromConfig': '{user} é administrador a través da configuración ADMIN_IDS; cámbiao alí.',
  'manager.role.selfAdmin':
    'Non podes quitarte o teu propio rol de administrador; pídello a outro administrador.',
  'manager.role.mine': 'Os teus roles: {roles}. Unidade de negocio: {unit}.',
  'manager.role.can.administrator':
    'Como administrador podes facer de todo: crear, editar, activar, desactivar, copiar e eliminar calquera secuencia, dar roles e establecer unidades de negocio.',
  'manager.role.can.sequenceManager':
    'Como xestor de secuencias podes crear, editar, activar, desactivar, copiar e eliminar calquera secuencia.',
  'manager.role.can.salesManager':
    'Como xestor de vendas podes ver todas as secuencias e rexistros, conectar rexistros e ver estatísticas.',
  'manager.role.can.seller':
    'Como vendedor podes crear as túas propias secuencias, conectar os teus rexistros, e ver, conectar e copiar as secuencias da túa unidade de negocio.',
  'manager.unit.set': '{user} agora está na unidade de negocio {unit}.',
  'manager.unit.already': '{user} xa está na unidade de negocio {unit}.',
  'manager.unit.empty':
    'Indica a unidade de negocio, p. ex. "poñer a Dana Reyes na unidade de negocio Oeste".',
  'manager.unit.tooLong': 'Ese nome de unidade de negocio é demasiado longo: como máximo {max} caracteres.',
  'manager.user.gone': 'Esa persoa xa non se coñece aquí.',

  // ---- Stats --------------------------------------------------------------------------------
  'manager.stats.title': 'Estatísticas: {sequence}',
  'manager.stats.subtitle': '{status} · {type} · versión {version}',
  'manager.stats.records': 'Rexistros',
  'manager.stats.connected': 'Conectados',
  'manager.stats.inProgress': 'En curso',
  'manager.stats.completed': 'Completados',
  'manager.stats.disconnected': 'Desconectados',
  'manager.stats.exited': 'Saíron (cualificados, descualificados ou pechados)',
  'manager.stats.steps': 'Pasos',
  'manager.stats.stepsCompleted': 'Completados',
  'manager.stats.stepsSkipped': 'Omitidos',
  'manager.stats.stepsOverdue': 'Atrasados (abertos máis dun día)',
  'manager.stats.outcomes': 'Resultados',
  'manager.stats.replyRate': 'Taxa de resposta (correos cuxo prazo de resposta pechou)',
  'manager.stats.answerRate': 'Taxa de contestación (chamadas cunha resposta rexistrada)',
  'manager.stats.success.qualified': 'Clientes potenciais cualificados (dos decididos)',
  'manager.stats.success.won': 'Oportunidades gañadas (das pechadas)',
  'manager.stats.success.none': 'Taxa de éxito',
  'manager.stats.successNone': 'non se mide para este tipo de rexistro',
  'manager.stats.averageDays': 'Media de días ata completar',
  'manager.stats.rate': '{percent} % ({count} de {of})',
  'manager.stats.noData': 'aínda sen datos',
  'manager.stats.noneDecided': 'aínda ningún decidido',
  'manager.stats.withPending': '{decided} · {pending}',
  'manager.stats.awaitingReply': '{count} aínda no seu prazo de resposta',
  'manager.stats.open': '{count} aínda abertos',
  'manager.stats.days': '{days} días',

  // ---- CSV import (scripts/import.ts) -------------------------------------------------------
  'manager.import.usage':
    'Uso: npm run import -- <ficheiro.csv> [--data-dir DIRECTORIO] [--owner <nome ou correo electrónico>]',
  'manager.import.noFile': 'Non se pode ler {file}: {reason}',
  'manager.import.badCsv': '{file} non é un ficheiro CSV lexible: {reason}',
  'manager.import.noTypeColumn': 'o ficheiro non ten columna "type" (lead, contact, account ou opportunity)',
  'manager.import.missingType': 'o tipo está baleiro (lead, contact, account ou opportunity)',
  'manager.import.badType': '"{type}" non é un tipo de rexistro (lead, contact, account ou opportunity)',
  'manager.import.missingOwner': 'sen propietario: enche a columna owner ou indica --owner',
  'manager.import.unknownColumns': 'Columnas ignoradas: {columns}.',
  'manager.import.rejected': 'Liña {line}: {reason}',
  'manager.import.summary': 'Importáronse {imported} rexistros en {dataDir}; rexeitáronse {rejected}.',
} satisfies Record<keyof typeof en, string>;
