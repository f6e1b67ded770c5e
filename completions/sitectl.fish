# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sitectl_global_optspecs
    string join \n db= config= profile= as= format= json fields= porcelain jq= y/yes no-input dry-run q/quiet v/verbose color= h/help V/version
end

function __fish_sitectl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sitectl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sitectl_using_subcommand
    set -l cmd (__fish_sitectl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sitectl -n "__fish_sitectl_needs_command" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_needs_command" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_needs_command" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_needs_command" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_needs_command" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_needs_command" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_needs_command" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_needs_command" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_needs_command" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_needs_command" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_needs_command" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_needs_command" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_needs_command" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_needs_command" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_needs_command" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_needs_command" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "plan" -d 'Subscription plans and their limits'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "account" -d 'Accounts (tenants)'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "user" -d 'Users of accounts'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "industry" -d 'The industry/sector taxonomy'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "site" -d 'Sites: create, list, show, update, activate, delete'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "sectors" -d 'A site\'s industry sectors, within the plan\'s limit'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "content" -d 'The writer\'s content, by site and sector: create, review, approve, schedule'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "access" -d 'Grants of sites to editors and viewers'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "wp" -d 'WordPress: API key, connect, test, sync, and the local mirror'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "seed" -d 'Declarative fixtures: apply, export, generate'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "audit" -d 'The audit log of every change'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "check" -d 'What is wrong across the fleet: findings, Nagios and OpenMetrics output'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "db" -d 'The database file: create, inspect, migrate'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "config" -d 'Effective settings'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "man" -d 'Write man pages'
complete -c sitectl -n "__fish_sitectl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "create" -d 'Create a plan'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "list" -d 'List plans'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "show" -d 'Show a plan and how many accounts use it'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "update" -d 'Change a plan\'s name, limits or availability'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l name -d 'Display name' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l max-sites -d 'Non-deleted sites an account may have' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l max-users -d 'Users an account may have' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l max-sectors-per-site -d 'Active sectors one site may have' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l if-exists -d 'What to do when it already exists' -r -f -a "error\t''
skip\t''
update\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l inactive -d 'Create it as not offered to new accounts'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l name -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l max-sites -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l max-users -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l max-sectors-per-site -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l active -d 'Offer the plan to new accounts'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l inactive -d 'Stop offering the plan to new accounts (existing accounts keep it)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a plan'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List plans'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a plan and how many accounts use it'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a plan\'s name, limits or availability'
complete -c sitectl -n "__fish_sitectl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "create" -d 'Create an account with its owner (the owner user is created when missing)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "list" -d 'List accounts'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "show" -d 'Show an account with its usage of the plan\'s limits'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "update" -d 'Rename an account'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "set-plan" -d 'Move an account to another plan (smaller limits keep what exists and block growth)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "suspend" -d 'Suspend an account: its users can do nothing until it is reactivated'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "reactivate" -d 'Reactivate a suspended or cancelled account'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "cancel" -d 'Cancel an account'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and not __fish_seen_subcommand_from create list show update set-plan suspend reactivate cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l name -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l plan -d 'The plan\'s slug' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l owner -d 'The owner\'s email' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l owner-name -d 'The owner\'s name, when the owner user is created' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l status -r -f -a "active\t''
trial\t''
suspended\t''
cancelled\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l if-exists -d 'What to do when it already exists' -r -f -a "error\t''
skip\t''
update\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l status -d 'Only accounts with this status' -r -f -a "active\t''
trial\t''
suspended\t''
cancelled\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l name -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from set-plan" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an account with its owner (the owner user is created when missing)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an account with its usage of the plan\'s limits'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename an account'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "set-plan" -d 'Move an account to another plan (smaller limits keep what exists and block growth)'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend an account: its users can do nothing until it is reactivated'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate a suspended or cancelled account'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an account'
complete -c sitectl -n "__fish_sitectl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -f -a "add" -d 'Add a user to an account (within the plan\'s max_users)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -f -a "list" -d 'List users'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -f -a "show" -d 'Show a user'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -f -a "set-role" -d 'Change a user\'s role'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -f -a "remove" -d 'Remove a user and their site grants'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l account -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -r -f -a "developer\t''
owner\t''
admin\t''
editor\t''
viewer\t''
system_bot\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l if-exists -d 'What to do when it already exists' -r -f -a "error\t''
skip\t''
update\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l account -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user to an account (within the plan\'s max_users)'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-role" -d 'Change a user\'s role'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user and their site grants'
complete -c sitectl -n "__fish_sitectl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -f -a "list" -d 'List industries with their number of active sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -f -a "show" -d 'Show an industry and its sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -f -a "import" -d 'Create or update industries and sectors from a taxonomy file (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and not __fish_seen_subcommand_from list show import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l all -d 'Include inactive industries'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from help" -f -a "list" -d 'List industries with their number of active sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an industry and its sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update industries and sectors from a taxonomy file (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand industry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "create" -d 'Create a site (in the acting user\'s account, or --account for the operator)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "list" -d 'List the sites the acting user can see'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "show" -d 'Show every field of a site, its sectors, grants and plan usage'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "update" -d 'Change a site\'s fields (never its account)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "activate" -d 'Activate a site (other sites are untouched)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "deactivate" -d 'Deactivate a site'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "delete" -d 'Soft-delete a site (restorable)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "restore" -d 'Restore a soft-deleted site'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "purge" -d 'Remove a soft-deleted site for good, with its sectors and grants (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "public" -d 'The unauthenticated public read by slug (ignores --as)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and not __fish_seen_subcommand_from create list show update activate deactivate delete restore purge public help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l account -d 'The account (operator only; users always create in their own account)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l slug -d 'Slug, unique in the account [default: derived from the name]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l domain -d 'Primary domain; a URL is reduced to its host' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l hosting-type -r -f -a "igny8_sites\t''
wordpress\t''
shopify\t''
multi\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l site-type -r -f -a "marketing\t''
ecommerce\t''
blog\t''
portfolio\t''
corporate\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l industry -d 'Industry slug' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l if-exists -d 'What to do when it already exists' -r -f -a "error\t''
skip\t''
update\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l active -d 'Create it active'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l account -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l industry -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l hosting-type -r -f -a "igny8_sites\t''
wordpress\t''
shopify\t''
multi\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l active -d 'Only active sites'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l inactive -d 'Only inactive sites'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l deleted -d 'Only soft-deleted sites'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l name -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l slug -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l domain -d 'New domain (\'\' clears it)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l hosting-type -r -f -a "igny8_sites\t''
wordpress\t''
shopify\t''
multi\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l site-type -r -f -a "marketing\t''
ecommerce\t''
blog\t''
portfolio\t''
corporate\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l seo-title -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l seo-description -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l seo-keywords -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l og-image-url -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from public" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a site (in the acting user\'s account, or --account for the operator)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the sites the acting user can see'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every field of a site, its sectors, grants and plan usage'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a site\'s fields (never its account)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate a site (other sites are untouched)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a site'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Soft-delete a site (restorable)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a soft-deleted site'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Remove a soft-deleted site for good, with its sectors and grants (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "public" -d 'The unauthenticated public read by slug (ignores --as)'
complete -c sitectl -n "__fish_sitectl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -f -a "select" -d 'Set a site\'s industry and exactly these sectors (within the plan\'s limit)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -f -a "list" -d 'List a site\'s active sectors (--all adds inactive ones)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and not __fish_seen_subcommand_from select list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l industry -d 'The industry\'s slug' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l sector -d 'A sector slug of that industry (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l sectors -d 'Sector slugs, comma-separated' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l all -d 'Include deactivated sectors, with when they were deactivated'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from help" -f -a "select" -d 'Set a site\'s industry and exactly these sectors (within the plan\'s limit)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a site\'s active sectors (--all adds inactive ones)'
complete -c sitectl -n "__fish_sitectl_using_subcommand sectors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "create" -d 'Create content on a site, in one of the site\'s active sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "list" -d 'List the content the acting user can see (of one site, or of all)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "show" -d 'Show a piece of content, its body and where it was published'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "update" -d 'Change a piece of content'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "delete" -d 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "review" -d 'Send a draft to review'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "approve" -d 'Approve content in review (approved content can be published)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "reopen" -d 'Take content back to draft'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "retract" -d 'Move the content\'s post to WordPress\'s trash and mark it retracted (deleted content too)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "schedule" -d 'Schedule approved content for `wp publish --due`'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and not __fish_seen_subcommand_from create list show update delete review approve reopen retract schedule help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l sector -d 'A sector active on the site' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l title -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l body-file -d 'The body (HTML) from a file; `-` reads stdin' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l excerpt -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l slug -d 'Unique on the site [default: derived from the title]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l category -d 'A category slug (repeatable; `content update` replaces the categories)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l tag -d 'A tag slug (repeatable; `content update` replaces the tags)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l if-exists -d 'What to do when it already exists' -r -f -a "error\t''
skip\t''
update\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l sector -d 'Only content of this sector (deactivated sectors keep theirs)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l status -r -f -a "draft\t''
review\t''
approved\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l publish-status -r -f -a "not_published\t''
scheduled\t''
publishing\t''
published\t''
failed\t''
retracted\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l deleted -d 'Only deleted content'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l sector -d 'Move it to another sector active on the site' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l title -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l body-file -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l excerpt -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l slug -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l category -d 'A category slug (repeatable; `content update` replaces the categories)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l tag -d 'A tag slug (repeatable; `content update` replaces the tags)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l no-categories -d 'Remove every category'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l no-tags -d 'Remove every tag'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from reopen" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from retract" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l at -d 'An RFC 3339 time' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create content on a site, in one of the site\'s active sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the content the acting user can see (of one site, or of all)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a piece of content, its body and where it was published'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a piece of content'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "review" -d 'Send a draft to review'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve content in review (approved content can be published)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Take content back to draft'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "retract" -d 'Move the content\'s post to WordPress\'s trash and mark it retracted (deleted content too)'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Schedule approved content for `wp publish --due`'
complete -c sitectl -n "__fish_sitectl_using_subcommand content; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -f -a "grant" -d 'Let a user of the site\'s account see (and, as editor, change) the site'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -f -a "revoke" -d 'Take a grant back'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -f -a "list" -d 'List grants of a site, of a user, or all you may see'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l user -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l after -d 'Only records with an id above this one: pass the last id of the previous page' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Let a user of the site\'s account see (and, as editor, change) the site'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a grant back'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "list" -d 'List grants of a site, of a user, or all you may see'
complete -c sitectl -n "__fish_sitectl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "key" -d 'The site API key the igny8 bridge plugin authenticates with'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "connect" -d 'Connect a site to WordPress and sync its structure'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "test" -d 'Re-check a connection (exit 8 with the reason when it fails)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "status" -d 'Mode, connection, last sync, mirror counts, last error'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "disconnect" -d 'Deactivate the integration and erase its credentials'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "sync" -d 'Pull structure and content into the local mirror (incremental by default)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "publish" -d 'Publish content to its site\'s WordPress: one post per item, created once, then updated'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "content" -d 'The mirrored posts, pages and other items'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "terms" -d 'The mirrored taxonomy terms'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "events" -d 'The log of connects, tests and syncs of a site'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "inventory" -d 'What a site\'s WordPress runs: its version, the bridge plugin\'s, every plugin and theme'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "plugins" -d 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "themes" -d 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and not __fish_seen_subcommand_from key connect test status disconnect sync publish content terms events inventory plugins themes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -f -a "generate" -d 'Generate the site\'s API key (shown once)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -f -a "rotate" -d 'Replace the key (the old one stops working; asks for confirmation)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -f -a "show" -d 'Show the key, masked unless --reveal'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -f -a "revoke" -d 'Remove the key (asks for confirmation)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -f -a "verify" -d 'Read a key from stdin and check it against the site\'s (exit 0 or 5)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -f -a "reseal" -d 'Move every sealed secret from an old secret key to the current one (one transaction)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l url -d 'The WordPress site\'s address' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l username -d 'WordPress user name for the Application Password' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l app-password-env -d 'Read the Application Password from this environment variable' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l app-password-stdin -d 'Read the Application Password from stdin'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l allow-insecure-http -d 'Send credentials over plain http:// to a host other than this machine (they can be read on the way; refused without this flag)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from connect" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l account -d 'Only sites of this account (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l plan -d 'Only sites of accounts on this plan (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l industry -d 'Only sites of this industry (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l mode -d 'Only sites connected in this mode (repeatable)' -r -f -a "bridge\t''
core\t''
anonymous\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l sites-from -d 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l concurrency -d 'Sites (with --all) or pages (one site) fetched at once' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l all -d 'Every connected site you may change (selectors narrow it and imply it)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l purge-data -d 'Also remove the synced mirror and the recorded inventory (asks for confirmation)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from disconnect" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l account -d 'Only sites of this account (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l plan -d 'Only sites of accounts on this plan (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l industry -d 'Only sites of this industry (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l mode -d 'Only sites connected in this mode (repeatable)' -r -f -a "bridge\t''
core\t''
anonymous\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l sites-from -d 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l concurrency -d 'Sites (with --all) or pages (one site) fetched at once' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l types -d 'Only these post types' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l all -d 'Every connected site you may change (selectors narrow it and imply it)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l structure -d 'Post types and taxonomies with counts, and every term'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l content -d 'Posts, pages and other public types'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l full -d 'Re-read all content and remove local rows whose post is gone'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l account -d 'Only sites of this account (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l plan -d 'Only sites of accounts on this plan (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l industry -d 'Only sites of this industry (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l mode -d 'Only sites connected in this mode (repeatable)' -r -f -a "bridge\t''
core\t''
anonymous\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l sites-from -d 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l status -d 'The WordPress status [default: from the editorial status: approved -> publish, review -> pending, draft -> draft]' -r -f -a "publish\t''
draft\t''
pending\t''
private\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l at -d 'The publication time (RFC 3339); a time to come makes the post `future`' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l concurrency -d 'Items sent at once' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l due -d 'Every approved item whose scheduled time has come, on every site you may change'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l force -d 'Overwrite an edit made in WordPress, publish a retracted item again, take over a run that never finished, or create a new post beside one found by slug that is not this item\'s'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -f -a "list" -d 'List mirrored items'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from content" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -f -a "list" -d 'List mirrored terms'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from terms" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l limit -d 'The newest N events' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l after -d 'Only events with an id above this one' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l follow -d 'Then print each new event as it is committed, until interrupted or the pipe closes'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l account -d 'Only sites of this account (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l plan -d 'Only sites of accounts on this plan (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l industry -d 'Only sites of this industry (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l mode -d 'Only sites connected in this mode (repeatable)' -r -f -a "bridge\t''
core\t''
anonymous\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l sites-from -d 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l concurrency -d 'Sites (with --all) or pages (one site) fetched at once' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l all -d 'Every connected site you may change (selectors narrow it and imply it)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l refresh -d 'Read WordPress again and record what it runs (otherwise: what was recorded)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from inventory" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -f -a "list" -d 'List recorded plugins, one line per site and plugin (no request)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from plugins" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -f -a "list" -d 'List recorded themes, one line per site and theme (no request)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from themes" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "key" -d 'The site API key the igny8 bridge plugin authenticates with'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect a site to WordPress and sync its structure'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "test" -d 'Re-check a connection (exit 8 with the reason when it fails)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "status" -d 'Mode, connection, last sync, mirror counts, last error'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Deactivate the integration and erase its credentials'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Pull structure and content into the local mirror (incremental by default)'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish content to its site\'s WordPress: one post per item, created once, then updated'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "content" -d 'The mirrored posts, pages and other items'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "terms" -d 'The mirrored taxonomy terms'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "events" -d 'The log of connects, tests and syncs of a site'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "inventory" -d 'What a site\'s WordPress runs: its version, the bridge plugin\'s, every plugin and theme'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "plugins" -d 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "themes" -d 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
complete -c sitectl -n "__fish_sitectl_using_subcommand wp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -f -a "apply" -d 'Validate a fixture (every problem, with positions), then apply it all in one transaction'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -f -a "diff" -d 'Show what `seed apply` would change, object by object and field by field; changes nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -f -a "export" -d 'Write a fixture of the database (or of some accounts) that `seed apply` accepts'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -f -a "generate" -d 'Write a deterministic synthetic data set straight to the database'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and not __fish_seen_subcommand_from apply diff export generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l section -d 'Read the file as CSV of this section (inferred from a name such as users.csv)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l init -d 'Create the database first when it does not exist (for CI one-liners)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l section -d 'Read the file as CSV of this section (inferred from a name such as users.csv)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l exit-code -d 'Exit 10 when the database differs from the file (0 when it matches)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l account -d 'Only this account (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l format -d 'What to write the fixture as [default: toml, or json with --json or a json format setting]' -r -f -a "toml\t''
json\t''
csv\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l section -d 'Only this section, as CSV (with --format csv)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l accounts -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l sites-per-account -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l sectors-per-site -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l seed -d 'Same seed, same data' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l init -d 'Create the database first when it does not exist (for CI one-liners)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Validate a fixture (every problem, with positions), then apply it all in one transaction'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `seed apply` would change, object by object and field by field; changes nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a fixture of the database (or of some accounts) that `seed apply` accepts'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Write a deterministic synthetic data set straight to the database'
complete -c sitectl -n "__fish_sitectl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List audit rows, oldest first (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'An RFC 3339 time, or an age such as 90m, 24h, 7d' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l target -d 'Only rows whose target starts with this text (site:acme/blog, or site:acme/ for all of acme\'s sites)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only rows by this actor (an email, or "operator")' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'The newest N rows' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l after -d 'Only rows with an id above this one (the last id already read)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l follow -d 'Then print each new row as it is committed, until interrupted or the pipe closes'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit rows, oldest first (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l account -d 'Only sites of this account (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l plan -d 'Only sites of accounts on this plan (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l industry -d 'Only sites of this industry (repeatable)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l mode -d 'Only sites connected in this mode (repeatable)' -r -f -a "bridge\t''
core\t''
anonymous\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l sites-from -d 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l warn-sync-age -d 'A sync older than this is a warning (s, m, h, d: 90m, 24h, 2d)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l crit-sync-age -d 'A sync older than this is critical' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l grace -d 'How late a scheduled publication may be before it is missed' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l openmetrics -d 'Write OpenMetrics text to PATH (replaced atomically) or to stdout (`-`)' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l nagios -d 'Print one Nagios status line with performance data, then the first findings'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand check" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -f -a "init" -d 'Create the database (with the embedded industry taxonomy) if it does not exist'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -f -a "info" -d 'Path, schema version, journal mode, sizes and row counts'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -f -a "doctor" -d 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -f -a "copy" -d 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -f -a "migrate" -d 'Bring the schema up to date (every command also does this on open)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and not __fish_seen_subcommand_from init info doctor copy migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from doctor" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The database to write: a file path or a postgres:// URL' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l from -d 'The database to read (default: --db / SITECTL_DB / the profile\'s db)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l replace -d 'Overwrite a target that already holds tenant rows'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the database (with the embedded industry taxonomy) if it does not exist'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "info" -d 'Path, schema version, journal mode, sizes and row counts'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "doctor" -d 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Bring the schema up to date (every command also does this on open)'
complete -c sitectl -n "__fish_sitectl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print the effective settings and where each came from (does not open the database)'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective settings and where each came from (does not open the database)'
complete -c sitectl -n "__fish_sitectl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l out-dir -d 'Where to write sitectl.1 and one page per subcommand' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l db -d 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l config -d 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]' -r -F
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l profile -d 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l as -d 'Act as this user: the product\'s visibility and permission rules apply [env: SITECTL_AS]' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l format -d 'Output format of data on stdout [env: SITECTL_FORMAT]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
ids\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l fields -d 'Only these fields (comma-separated), in this order' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)' -r
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l color -d 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l json -d 'Shorthand for --format json'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l porcelain -d 'Create/update commands print only the id'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l no-input -d 'Never prompt [env: SITECTL_NO_INPUT]'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -l dry-run -d 'Show what a mutating command would do, and change nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -s q -l quiet -d 'Less narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -s v -l verbose -d 'More narration on stderr'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -s h -l help -d 'Print help'
complete -c sitectl -n "__fish_sitectl_using_subcommand man" -s V -l version -d 'Print version'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "plan" -d 'Subscription plans and their limits'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "account" -d 'Accounts (tenants)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "user" -d 'Users of accounts'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "industry" -d 'The industry/sector taxonomy'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "site" -d 'Sites: create, list, show, update, activate, delete'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "sectors" -d 'A site\'s industry sectors, within the plan\'s limit'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "content" -d 'The writer\'s content, by site and sector: create, review, approve, schedule'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "access" -d 'Grants of sites to editors and viewers'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "wp" -d 'WordPress: API key, connect, test, sync, and the local mirror'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "seed" -d 'Declarative fixtures: apply, export, generate'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "audit" -d 'The audit log of every change'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "check" -d 'What is wrong across the fleet: findings, Nagios and OpenMetrics output'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "db" -d 'The database file: create, inspect, migrate'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "config" -d 'Effective settings'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "man" -d 'Write man pages'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and not __fish_seen_subcommand_from plan account user industry site sectors content access wp seed audit check db config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "create" -d 'Create a plan'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List plans'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'Show a plan and how many accounts use it'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "update" -d 'Change a plan\'s name, limits or availability'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Create an account with its owner (the owner user is created when missing)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show an account with its usage of the plan\'s limits'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "update" -d 'Rename an account'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "set-plan" -d 'Move an account to another plan (smaller limits keep what exists and block growth)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "suspend" -d 'Suspend an account: its users can do nothing until it is reactivated'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "reactivate" -d 'Reactivate a suspended or cancelled account'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "cancel" -d 'Cancel an account'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user to an account (within the plan\'s max_users)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-role" -d 'Change a user\'s role'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user and their site grants'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from industry" -f -a "list" -d 'List industries with their number of active sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from industry" -f -a "show" -d 'Show an industry and its sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from industry" -f -a "import" -d 'Create or update industries and sectors from a taxonomy file (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "create" -d 'Create a site (in the acting user\'s account, or --account for the operator)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "list" -d 'List the sites the acting user can see'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "show" -d 'Show every field of a site, its sectors, grants and plan usage'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "update" -d 'Change a site\'s fields (never its account)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "activate" -d 'Activate a site (other sites are untouched)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "deactivate" -d 'Deactivate a site'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "delete" -d 'Soft-delete a site (restorable)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "restore" -d 'Restore a soft-deleted site'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "purge" -d 'Remove a soft-deleted site for good, with its sectors and grants (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "public" -d 'The unauthenticated public read by slug (ignores --as)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from sectors" -f -a "select" -d 'Set a site\'s industry and exactly these sectors (within the plan\'s limit)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from sectors" -f -a "list" -d 'List a site\'s active sectors (--all adds inactive ones)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "create" -d 'Create content on a site, in one of the site\'s active sectors'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "list" -d 'List the content the acting user can see (of one site, or of all)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "show" -d 'Show a piece of content, its body and where it was published'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "update" -d 'Change a piece of content'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "delete" -d 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "review" -d 'Send a draft to review'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "approve" -d 'Approve content in review (approved content can be published)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "reopen" -d 'Take content back to draft'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "retract" -d 'Move the content\'s post to WordPress\'s trash and mark it retracted (deleted content too)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from content" -f -a "schedule" -d 'Schedule approved content for `wp publish --due`'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "grant" -d 'Let a user of the site\'s account see (and, as editor, change) the site'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "revoke" -d 'Take a grant back'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "list" -d 'List grants of a site, of a user, or all you may see'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "key" -d 'The site API key the igny8 bridge plugin authenticates with'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "connect" -d 'Connect a site to WordPress and sync its structure'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "test" -d 'Re-check a connection (exit 8 with the reason when it fails)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "status" -d 'Mode, connection, last sync, mirror counts, last error'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "disconnect" -d 'Deactivate the integration and erase its credentials'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "sync" -d 'Pull structure and content into the local mirror (incremental by default)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "publish" -d 'Publish content to its site\'s WordPress: one post per item, created once, then updated'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "content" -d 'The mirrored posts, pages and other items'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "terms" -d 'The mirrored taxonomy terms'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "events" -d 'The log of connects, tests and syncs of a site'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "inventory" -d 'What a site\'s WordPress runs: its version, the bridge plugin\'s, every plugin and theme'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "plugins" -d 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from wp" -f -a "themes" -d 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from seed" -f -a "apply" -d 'Validate a fixture (every problem, with positions), then apply it all in one transaction'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from seed" -f -a "diff" -d 'Show what `seed apply` would change, object by object and field by field; changes nothing'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from seed" -f -a "export" -d 'Write a fixture of the database (or of some accounts) that `seed apply` accepts'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from seed" -f -a "generate" -d 'Write a deterministic synthetic data set straight to the database'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit rows, oldest first (operator only)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init" -d 'Create the database (with the embedded industry taxonomy) if it does not exist'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "info" -d 'Path, schema version, journal mode, sizes and row counts'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "doctor" -d 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Bring the schema up to date (every command also does this on open)'
complete -c sitectl -n "__fish_sitectl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective settings and where each came from (does not open the database)'
