// The managers' phrase grammar: every intent with the phrasings it accepts. Articles and "please"
// may appear anywhere, politeness is stripped before matching, and a misspelt word still matches
// (src/bot/grammar/words.ts). When several phrasings fit, the one that leaves the fewest words to
// free {slots} wins, so "show the webinar template" is about a template, not a sequence.

export type Intent =
  | 'templates.list'
  | 'template.show'
  | 'sequence.create'
  | 'sequence.createBlank'
  | 'sequences.list'
  | 'sequence.show'
  | 'sequence.activate'
  | 'sequence.deactivate'
  | 'sequence.copy'
  | 'sequence.delete'
  | 'sequence.rename'
  | 'sequence.describe'
  | 'sequence.tag'
  | 'sequence.untag'
  | 'step.add'
  | 'step.remove'
  | 'step.duration'
  | 'step.edit'
  | 'record.add'
  | 'records.list'
  | 'record.connect'
  | 'record.disconnect'
  | 'record.pause'
  | 'record.resume'
  | 'role.grant'
  | 'role.revoke'
  | 'roles.list'
  | 'role.mine'
  | 'businessUnit.set'
  | 'sequence.stats';

export interface Rule {
  intent: Intent;
  /** Phrasings; an object form fixes slots the words imply ("rename step 3 to ..." sets the name). */
  patterns: (string | { p: string; set: Record<string, unknown> })[];
}

export const MACROS: Record<string, string> = {
  create:
    'create|make|build|start|new|setup|set_up|begin|generate|prepare|draft|spin_up|put_together|whip_up',
  named: 'named|called|titled|with_name|with_the_name|name_it|and_name_it|and_call_it|call_it|as',
  show: 'show|list|see|view|display|give_me|get|browse|print|fetch',
  look: 'show|open|view|display|describe|explain|see|preview|outline|walk_me_through|present|check|look_at|show_me_how|read|inspect',
  add: 'add|insert|put|append|include|create|new|stick',
  seq: 'to|in|into|on|for|of',
  sep: ':|saying|that_says|with_description|with_the_description|described_as|description|about|reading|=|with_text',
};

export const RULES: Rule[] = [
  {
    intent: 'templates.list',
    patterns: [
      '[$show] [me] [all|all_of] [your|our|available|the_available|built-in|builtin|ready-made|existing] [sequence] templates [list|overview] [available|you_have|we_have|there_are|on_offer]',
      '[$show] [me] [all|all_of] [your|our|available] [sequence] template list',
      'list_of [available] [sequence] templates',
      'what|which [kind_of|kinds_of|sort_of] [sequence] templates [do_you_have|do_we_have|are_there|are_available|can_i_use|have_you_got|exist|you_have|there_are|do_you_offer|can_i_choose_from|do_you_know|are_built_in]',
      'what|which [sequence] templates|template [is|are] there',
      'do_you_have|have_you_got|are_there|got|any [any] [sequence] templates',
      'what can i start|build from',
    ],
  },
  {
    intent: 'template.show',
    patterns: [
      '$look [me] {template} template [please]',
      '$look [me] template {template}',
      '$look [me] template called|named {template}',
      'what_is_in|whats_in|what_is_inside|whats_inside|whats_in_side {template} template',
      'tell_me_about|tell_me_more_about|more_about|details_of|details_for|details_about|details_on|info_on|information_on|info_about|information_about|steps_of|steps_in|flow_of|outline_of {template} template',
      'what_does|how_does {template} template look_like|contain|do|work|include|involve',
      'what_is|whats|what_are_the_steps_in|what_are_the_steps_of {template} template',
      'how {template} template works|looks|goes',
      '{template} template details|steps|flow|outline|contents',
      '$look [me] steps|flow|outline of|in {template} template',
    ],
  },
  {
    intent: 'sequence.createBlank',
    patterns: [
      '$create [new] blank|empty|clean|fresh [new] [<rtype:recordType>] sequence [for|of|on] [<rtype:recordType>] [records] [$named {name}]',
      '$create [new] [<rtype:recordType>] sequence from_scratch|from_nothing|with_no_steps|without_template|without_a_template|with_nothing|from_blank [for|of] [<rtype:recordType>] [records] [$named {name}]',
      '$create [new] sequence for|of|on <rtype:recordType> [records] [$named {name}]',
      '$create [new] <rtype:recordType> sequence [$named {name}]',
      '$create [new] [<rtype:recordType>] sequence $named {name} [for|of] [<rtype:recordType>] [records]',
      'blank|empty [new] [<rtype:recordType>] sequence [for|of] [<rtype:recordType>] [records] [$named {name}]',
      'start_from_scratch|start_from_blank|start_blank [for] [<rtype:recordType>] [records] [$named {name}]',
      '$create [new] [<rtype:recordType>] sequence $named {name} from_scratch|blank|empty [for|of] [<rtype:recordType>]',
    ],
  },
  {
    intent: 'sequence.create',
    patterns: [
      '$create [new|a_new] [sales] sequence from|using|with|based_on|off|out_of|via|on|by [new|a_new] template {template} [$named {name}]',
      '$create [new|a_new] [sales] sequence from|using|with|based_on|off|out_of|via|on|by {template} [template] [$named {name}]',
      '$create [new|a_new] {template} sequence [from_template|from_the_template|using_the_template] [$named {name}]',
      '$create [new] [sequence] from|using|with|based_on|off template {template} [$named {name}]',
      '$create [new] [sequence] from|using|with|based_on|off {template} template [$named {name}]',
      'use|apply|take|pick|choose|select {template} template [to_create|to_make|to_start|to_build|to_set_up|for|as] [new] [sequence] [$named {name}]',
      'use|apply|take|pick|choose|select template {template} [to_create|to_make|to_start|for|as] [new] [sequence] [$named {name}]',
      'sequence from|using {template} template [$named {name}]',
      'copy|clone|duplicate {template} template [as|to|into|$named {name}]',
      '$create [new] [sales] sequence [please]',
      '$create [new] sequence $named {name} from|using|based_on|with {template} template',
    ],
  },
  {
    intent: 'sequences.list',
    patterns: [
      '[$show] [me] [all|all_of|every] [my|our|the|your|current|existing|available] [<status>] [<rtype:recordType>] sequences [list|overview] [please]',
      '[$show] [me] [all] [my|our] [<status>] [<rtype:recordType>] sequence list|overview',
      'list_of [all] [my|our] [<status>] [<rtype:recordType>] sequences',
      'what|which [<status>] [<rtype:recordType>] sequences [do_we_have|do_i_have|are_there|exist|have_we_got|are_running|do_you_have|have_i_got|are_available|there_are|we_have]',
      'what|which sequences are <status>|there|running',
      'how_many [<status>] [<rtype:recordType>] sequences [do_we_have|are_there|exist|are_running]',
      'overview_of|summary_of [all] [the] sequences',
      'all [my|our|the] [<status>] [<rtype:recordType>] sequences',
    ],
  },
  {
    intent: 'sequence.show',
    patterns: [
      '$look|edit|customise|customize|modify|change|pull_up|bring_up|find [me] sequence {sequence}',
      '$look|edit|customise|customize|modify|change|pull_up|bring_up|find [me] {sequence} sequence',
      'details_of|details_for|details_about|details_on|tell_me_about|what_is_in|whats_in [sequence] {sequence} [sequence]',
      'open|view|edit|customise|customize|modify|display|inspect {sequence}',
      'show [me] {sequence}',
      'go_to|goto|switch_to|work_on|select|back_to {sequence} [sequence]',
      'let_me_see|let_me_edit|i_want_to_edit [sequence] {sequence} [sequence]',
    ],
  },
  {
    intent: 'sequence.activate',
    patterns: [
      'activate|enable|publish|launch|reactivate|re-activate|golive|go-live [sequence] [{sequence}] [sequence] [now]',
      'turn_on|switch_on|go_live_with|put_live|set_live|bring_live|roll_out|take_live|push_live|make_live|make_active|set_active|start_running [sequence] [{sequence}] [sequence] [now]',
      'make|set|mark|put|turn|switch|get {sequence} [sequence] active|live|on|going|running [now]',
      'go live [with] [sequence] [{sequence}] [sequence]',
      'let|lets {sequence} [sequence] go_live|run|start',
      '{sequence} [sequence] go_live|goes_live|should_go_live',
    ],
  },
  {
    intent: 'sequence.deactivate',
    patterns: [
      'deactivate|disable|unpublish|retire|switch_off|turn_off|take_down|take_offline|shut_down|shut_off|stop_running|stop_using|de-activate|inactivate [sequence] [{sequence}] [sequence] [now]',
      'make|set|mark|put|turn|switch {sequence} [sequence] inactive|offline|off',
      'stop [sequence] {sequence} sequence',
      'stop sequence {sequence}',
      'take [sequence] {sequence} [sequence] offline|down|off_line|out_of_service',
      'no_more|stop_sending [sequence] {sequence} [sequence]',
    ],
  },
  {
    intent: 'sequence.copy',
    patterns: [
      'copy|duplicate|clone|replicate [sequence] [{sequence}] [sequence] [as|to|into|$named {name}]',
      'make|create|take|save [a|another] copy|duplicate|clone [of] [sequence] [{sequence}] [sequence] [as|$named|and_call_it|and_name_it {name}]',
      'save [sequence] {sequence} [sequence] as [new|a_new] [sequence] {name}',
      'copy_of|duplicate_of|clone_of [sequence] {sequence} [sequence] [as|$named {name}]',
    ],
  },
  {
    intent: 'sequence.delete',
    patterns: [
      'delete|remove|erase|trash|destroy|discard|drop|bin|scrap|purge [sequence] [{sequence}] [sequence] [permanently|for_good|forever|completely|now]',
      'get_rid_of|throw_away|do_away_with|throw_out|dispose_of [sequence] {sequence} [sequence]',
    ],
  },
  {
    intent: 'sequence.rename',
    patterns: [
      'rename [sequence] [{sequence}] [sequence] to|as|into|: {name}',
      'change|update|set|edit|modify|alter [the] name [of|for] [sequence] [{sequence}] [sequence] to|as|into|: {name}',
      'change|update|set|edit|modify|alter [sequence] {sequence} [sequence] name to|as|: {name}',
      'give [sequence] {sequence} [sequence] [the] [new] name {name}',
      'new name for [sequence] {sequence} [sequence] [is|:|=|should_be] {name}',
      'call|name [sequence] {sequence} [sequence] from_now_on|instead {name}',
      '[sequence] {sequence} should_be_called|should_be_named|is_now_called|will_be_called {name}',
    ],
  },
  {
    intent: 'sequence.describe',
    patterns: [
      'set|change|update|edit|make|modify|write|alter [the] description [of|for] [sequence] [{sequence}] [sequence] to|as|: {description}',
      'set|change|update|edit|modify|alter [sequence] {sequence} [sequence] description to|as|: {description}',
      'describe [sequence] [{sequence}] [sequence] as|: {description}',
      'description [of|for] [sequence] [{sequence}] [sequence] is|:|=|should_be|should_read {description}',
      // Typed text loses its colon once normalised; the phrase above reads the colon when it is there.
      'description of|for [sequence] {sequence} [sequence] {description}',
      'add|give|put [a|the] description [to|for|on] [sequence] [{sequence}] [sequence] :|saying|that_says|reading|as|= {description}',
      'add|give|put [a|the] description to|for|on [sequence] {sequence} [sequence] {description}',
      'give [sequence] {sequence} [sequence] [the|a] description {description}',
    ],
  },
  {
    intent: 'sequence.tag',
    patterns: [
      'tag [sequence] [{sequence}] [sequence] with|as|: {tags}',
      'add [the] tag|tags|label|labels {tags} to|on|for [sequence] [{sequence}] [sequence]',
      'add [the|a] tag|tags|label|labels [:] {tags}',
      'label [sequence] {sequence} [sequence] with|as {tags}',
      'put|apply|attach [the] tag|tags|label|labels {tags} on|to [sequence] {sequence} [sequence]',
      'mark [sequence] {sequence} [sequence] with [the] tag|tags {tags}',
      'tag it|this {tags}',
    ],
  },
  {
    intent: 'sequence.untag',
    patterns: [
      'remove|delete|drop|strip|clear|take_off|detach [the] tag|tags|label|labels {tags} from|off|on|of [sequence] [{sequence}] [sequence]',
      'remove|delete|drop|strip|clear|detach [the] {tags} tag|tags|label|labels from|off|on|of [sequence] [{sequence}] [sequence]',
      'untag {tags} from [sequence] {sequence} [sequence]',
      'untag [sequence] [{sequence}] [sequence] [from|:] {tags}',
      'remove|delete|drop|clear [the] tag|tags|label|labels [:] {tags}',
      'take [the] tag|tags|label|labels {tags} off [sequence] {sequence} [sequence]',
      '{sequence} [sequence] should_not_be_tagged|no_longer_tagged|not_tagged [with|as] {tags}',
    ],
  },
  {
    intent: 'step.add',
    patterns: [
      '$add [new|another|extra|one_more|a_new] <kind> [step|command|activity|action] [<position>] [$seq [sequence] {sequence} [sequence]] [<position>] [[$sep] {description}]',
      '$add [new|another|extra|one_more] wait|delay|pause|waiting_period [step] [of|for|lasting] <duration> [<position>] [$seq [sequence] {sequence} [sequence]] [<position>]',
      '$add [new|another|extra|one_more] <duration> wait|delay|pause|waiting_period [step] [<position>] [$seq [sequence] {sequence} [sequence]] [<position>]',
      'wait <duration> <position> [in|of|on [sequence] {sequence} [sequence]]',
      {
        p: '$add [new|another|extra|one_more] condition|check|reply_check|answer_check|branch|decision [step] [<position>] [$seq [sequence] {sequence} [sequence]] [<position>] [[with|and|that_waits|waiting|for] [time_limit|limit|timeout|a_limit_of|a_time_limit_of|up_to] [of] <duration>]',
        set: { condition: true },
      },
      {
        p: '$add [new] [step|command] advance_to|move_to|go_to|continue_in|continue_with|switch_to [another] [sequence] {target} [sequence] [<position>] [in|to|into|on [sequence] {sequence} [sequence]] [<position>]',
        set: { advance: true },
      },
    ],
  },
  {
    intent: 'step.remove',
    patterns: [
      'remove|delete|drop|erase|cut|take_out|get_rid_of|strike|eliminate <step> [from|in|of|on [sequence] {sequence} [sequence]] [[and] keep|keeping|leave|leaving|but_keep [only] <branch:keep>]',
    ],
  },
  {
    intent: 'step.duration',
    patterns: [
      'change|set|make|update|adjust|edit|modify|shorten|extend|increase|reduce|lengthen|alter [the] [wait|delay|time_limit|limit|timeout|duration|waiting_time|wait_time|waiting_period|length] [in|of|at|for|on] <step> [in|of|on [sequence] {sequence} [sequence]] to|at|into [be|last] <duration> [long]',
      'change|set|make|update|adjust|edit|modify|shorten|extend|increase|reduce|lengthen|alter <step> [wait|time_limit|limit|timeout|duration|delay|length] [in|of|on [sequence] {sequence} [sequence]] to|at|into [be|last] <duration> [long]',
      'make <step> [in|of|on [sequence] {sequence} [sequence]] [wait|last|take|lasting] <duration> [long]',
      'wait <duration> at|in|on|for <step> [in|of|on [sequence] {sequence} [sequence]]',
      'make|set [the] wait|delay|time_limit|limit|timeout|duration [in|of|at|for|on] <step> [in|of|on [sequence] {sequence} [sequence]] [be|last] <duration> [long]',
      '<step> [in|of|on [sequence] {sequence} [sequence]] should|must|will|to|shall wait|last|take|be <duration> [long]',
      'time_limit|limit|timeout|wait|delay [of|for|at|on|in] <step> [in|of|on [sequence] {sequence} [sequence]] [to|should_be|is|:] <duration>',
      'give <step> [in|of|on [sequence] {sequence} [sequence]] [a|the] [time_limit|limit|timeout|wait] [of] <duration>',
    ],
  },
  {
    intent: 'step.edit',
    patterns: [
      'change|set|update|edit|replace|rewrite|modify|alter [the] <field> [of|for|in|on] <step> [in|of|on [sequence] {sequence} [sequence]] to|as|with|: {value}',
      'change|set|update|edit|replace|rewrite|modify|alter <step> <field> [in|of|on [sequence] {sequence} [sequence]] to|as|with|: {value}',
      {
        p: 'describe <step> [in|of|on [sequence] {sequence} [sequence]] as|: {value}',
        set: { field: 'description' },
      },
      {
        p: 'rename <step> [in|of|on [sequence] {sequence} [sequence]] to|as|: {value}',
        set: { field: 'name' },
      },
      '<step> <field> [in|of|on [sequence] {sequence} [sequence]] is|:|=|should_be|should_read {value}',
      '<step> <field> {value}',
      'give <step> [in|of|on [sequence] {sequence} [sequence]] [the|a] <field> {value}',
      '<field> [of|for] <step> [in|of|on [sequence] {sequence} [sequence]] is|:|=|should_be|should_read {value}',
      '<field> [of|for] <step> {value}',
    ],
  },
  {
    intent: 'record.add',
    patterns: [
      'add|create|new|register|enter|record|insert|save|log|capture [new|a_new|another] <rtype:recordType> [record] [:|named|called|-] {details}',
      'i_have|i_got|we_have|got|there_is [a] new <rtype:recordType> [:|named|called|-] {details}',
    ],
  },
  {
    intent: 'records.list',
    patterns: [
      '[$show] [me] [all|all_of|every|every_one_of] [my|our|the|your|current|existing] [<filter>] <rtype:recordType> [records|list|overview] [please]',
      '[$show] [me] [all|all_of] [my|our|the] [<filter>] records|crm_records|customers',
      'what|which [<filter>] <rtype:recordType> [do_we_have|do_i_have|are_there|have_we_got|exist|are_in_the_system|have_i_got|we_have|i_have]',
      'list_of [all] [my|our] [<filter>] <rtype:recordType>',
      'who_are [all] my|our [<filter>] <rtype:recordType>',
      'how_many [<filter>] <rtype:recordType> [do_we_have|do_i_have|are_there]',
    ],
  },
  {
    intent: 'record.connect',
    patterns: [
      'connect|enroll|enrol|link|attach|subscribe|hook_up|sign_up|register|put|add|assign {record} to|in|into|on|with [sequence] {sequence} [sequence]',
      'start|begin|run [sequence] {sequence} [sequence] for|with|on {record}',
      'connect|enroll|enrol|put|add {record} [up] [for|to] [sequence] {sequence} sequence',
    ],
  },
  {
    intent: 'record.disconnect',
    patterns: [
      'disconnect|unenroll|unenrol|unlink|detach|unsubscribe|un-enroll {record} [from|off|out_of [sequence] {sequence} [sequence]]',
      'remove|drop|take|pull|withdraw|exclude {record} from|off|out_of [sequence] {sequence} [sequence]',
      'stop [sequence] {sequence} [sequence] for {record}',
    ],
  },
  {
    intent: 'record.pause',
    patterns: [
      'pause|hold|suspend|freeze|halt|park {record} [in|on|from [sequence] {sequence} [sequence]] [for_now]',
      'put {record} on_hold|on_pause [in|on [sequence] {sequence} [sequence]]',
      'pause|hold|suspend|freeze [sequence] {sequence} [sequence] for {record}',
      'pause|hold|suspend|freeze [all] [the] sequences|sequence|steps for|of {record}',
    ],
  },
  {
    intent: 'record.resume',
    patterns: [
      'resume|unpause|continue|restart|unfreeze|un-pause|restore {record} [in|on [sequence] {sequence} [sequence]]',
      'take {record} off_hold [in|on [sequence] {sequence} [sequence]]',
      'resume|unpause|continue|restart|unfreeze [sequence] {sequence} [sequence] for {record}',
      'resume|unpause|continue|restart|unfreeze [all] [the] sequences|sequence|steps for|of {record}',
    ],
  },
  {
    intent: 'role.grant',
    patterns: [
      'make|appoint|promote|set|designate|upgrade|nominate {user} [to|as|into] [a|an|the] <role> [role]',
      'give|grant|assign|award {user} [the|a|an] <role> [role|rights|permissions|access|permission]',
      'give|grant|assign|award [the|a|an] <role> [role|rights|permissions|access] to {user}',
      'add {user} as|to [a|an|the] <role> [role|group]',
      '{user} is|should_be|becomes|will_be|can_be [now] [a|an] <role> [now|from_now_on]',
      'set|change|update {user} role to|as <role>',
      'let {user} be [a|an] <role>',
    ],
  },
  {
    intent: 'role.revoke',
    patterns: [
      'remove|revoke|take_away|withdraw|drop|strip|delete|cancel|end {user} <role> [role|rights|access|permissions]',
      'remove|revoke|take_away|withdraw|drop|strip|unassign|delete [the] <role> [role|rights|access] from|of {user}',
      'remove|take|drop|kick {user} from|off|out_of [the] <role> [role|group|list]',
      'strip {user} of [the] <role> [role]',
      'demote {user} [from] [being] [a|an] <role>',
      '{user} is_no_longer|should_not_be|shouldnt_be|is_not|isnt|no_longer|is_not_a|will_not_be|stops_being|should_stop_being [a|an] <role> [anymore|any_longer|any_more]',
      'take_away|take [the] <role> [role] from|away_from {user}',
      'make {user} no_longer|not [a|an] <role>',
    ],
  },
  {
    intent: 'roles.list',
    patterns: [
      '[$show] [me] [all|all_of|the|user|users|team|everyones|everyone|people] roles [list|overview|and_business_units|and_units] [please]',
      '[$show] [me] [all] [the] role list|overview',
      'who has|holds|got [which|what] role|roles',
      'who has_what [role|roles]',
      'who can_do what',
      'who is|are [the|an|a] <role>',
      '[$show] [me] [all] [the] users|people|team|members|business_units [and|with] [their] [roles|units]',
      'users|team|people [and] [their] roles',
      'what roles do|have people|users|we|others|everyone [have|got]',
      'roles and business_units|units',
    ],
  },
  {
    intent: 'role.mine',
    patterns: [
      '[show|tell|what_is|whats|what_are|check|list] [me] my role|roles|permissions|rights|access [please]',
      'what|which role|roles do|have|did i [have|got|hold|get]',
      'which|what role|roles am i [in]',
      'who am i',
      'what am i allowed|permitted|able [to_do]',
      'am i [a|an|the] <role>',
      'do i have [a|an|any] [<role>] role|roles|rights|permissions',
      'what can i do as [a|an] <role>',
      'what_is|whats my role|roles',
    ],
  },
  {
    intent: 'businessUnit.set',
    patterns: [
      'put|move|place|assign|add|transfer|set|switch {user} in|into|to|on|under [the] business_unit|unit|bu|businessunit {unit}',
      'put|move|place|assign|add|transfer|switch {user} in|into|to|under [the] {unit} business_unit|unit|bu',
      'set|change|update|make {user} business_unit|unit|bu to|as|: {unit}',
      'set|change|update|make [the] business_unit|unit|bu of|for {user} to|as|: {unit}',
      '{user} belongs_to|is_in|works_in|should_be_in|goes_to|moves_to|is_part_of|joins [the] business_unit|unit|bu {unit}',
      '{user} belongs_to|is_in|works_in|should_be_in|goes_to|moves_to|is_part_of|joins [the] {unit} business_unit|unit|bu',
      'business_unit|unit|bu [of|for] {user} is|=|:|should_be {unit}',
    ],
  },
  {
    intent: 'sequence.stats',
    patterns: [
      '[$show] [me] [the] stats|statistics|statistic|stat|metrics|numbers|figures|analytics|results|performance|report|kpis|insights|reporting [for|of|on|about|from] [sequence] [{sequence}] [sequence] [please]',
      '[sequence] {sequence} [sequence] stats|statistics|metrics|numbers|performance|results|report|analytics|figures',
      'how_is|hows|how_are|how_has|how_have|how_well_is [sequence] {sequence} [sequence] doing|going|performing|working|done|performed',
      'report|reporting on|for [sequence] {sequence} [sequence]',
      'how_many records|leads|contacts|accounts|opportunities [are] [in|on|connected_to] [sequence] {sequence} [sequence]',
    ],
  },
];
