
use builtin;
use str;

set edit:completion:arg-completer[sitectl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'sitectl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'sitectl'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand plan 'Subscription plans and their limits'
            cand account 'Accounts (tenants)'
            cand user 'Users of accounts'
            cand industry 'The industry/sector taxonomy'
            cand site 'Sites: create, list, show, update, activate, delete'
            cand sectors 'A site''s industry sectors, within the plan''s limit'
            cand content 'The writer''s content, by site and sector: create, review, approve, schedule'
            cand access 'Grants of sites to editors and viewers'
            cand wp 'WordPress: API key, connect, test, sync, and the local mirror'
            cand seed 'Declarative fixtures: apply, export, generate'
            cand audit 'The audit log of every change'
            cand check 'What is wrong across the fleet: findings, Nagios and OpenMetrics output'
            cand db 'The database file: create, inspect, migrate'
            cand config 'Effective settings'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;plan'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a plan'
            cand list 'List plans'
            cand show 'Show a plan and how many accounts use it'
            cand update 'Change a plan''s name, limits or availability'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;plan;create'= {
            cand --name 'Display name'
            cand --max-sites 'Non-deleted sites an account may have'
            cand --max-users 'Users an account may have'
            cand --max-sectors-per-site 'Active sectors one site may have'
            cand --if-exists 'What to do when it already exists'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --inactive 'Create it as not offered to new accounts'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;plan;list'= {
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;plan;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;plan;update'= {
            cand --name 'name'
            cand --max-sites 'max-sites'
            cand --max-users 'max-users'
            cand --max-sectors-per-site 'max-sectors-per-site'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --active 'Offer the plan to new accounts'
            cand --inactive 'Stop offering the plan to new accounts (existing accounts keep it)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;plan;help'= {
            cand create 'Create a plan'
            cand list 'List plans'
            cand show 'Show a plan and how many accounts use it'
            cand update 'Change a plan''s name, limits or availability'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;plan;help;create'= {
        }
        &'sitectl;plan;help;list'= {
        }
        &'sitectl;plan;help;show'= {
        }
        &'sitectl;plan;help;update'= {
        }
        &'sitectl;plan;help;help'= {
        }
        &'sitectl;account'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an account with its owner (the owner user is created when missing)'
            cand list 'List accounts'
            cand show 'Show an account with its usage of the plan''s limits'
            cand update 'Rename an account'
            cand set-plan 'Move an account to another plan (smaller limits keep what exists and block growth)'
            cand suspend 'Suspend an account: its users can do nothing until it is reactivated'
            cand reactivate 'Reactivate a suspended or cancelled account'
            cand cancel 'Cancel an account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;account;create'= {
            cand --name 'name'
            cand --plan 'The plan''s slug'
            cand --owner 'The owner''s email'
            cand --owner-name 'The owner''s name, when the owner user is created'
            cand --status 'status'
            cand --if-exists 'What to do when it already exists'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;list'= {
            cand --status 'Only accounts with this status'
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;update'= {
            cand --name 'name'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;set-plan'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;suspend'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;reactivate'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;cancel'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;account;help'= {
            cand create 'Create an account with its owner (the owner user is created when missing)'
            cand list 'List accounts'
            cand show 'Show an account with its usage of the plan''s limits'
            cand update 'Rename an account'
            cand set-plan 'Move an account to another plan (smaller limits keep what exists and block growth)'
            cand suspend 'Suspend an account: its users can do nothing until it is reactivated'
            cand reactivate 'Reactivate a suspended or cancelled account'
            cand cancel 'Cancel an account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;account;help;create'= {
        }
        &'sitectl;account;help;list'= {
        }
        &'sitectl;account;help;show'= {
        }
        &'sitectl;account;help;update'= {
        }
        &'sitectl;account;help;set-plan'= {
        }
        &'sitectl;account;help;suspend'= {
        }
        &'sitectl;account;help;reactivate'= {
        }
        &'sitectl;account;help;cancel'= {
        }
        &'sitectl;account;help;help'= {
        }
        &'sitectl;user'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user to an account (within the plan''s max_users)'
            cand list 'List users'
            cand show 'Show a user'
            cand set-role 'Change a user''s role'
            cand remove 'Remove a user and their site grants'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;user;add'= {
            cand --account 'account'
            cand --role 'role'
            cand --name 'name'
            cand --if-exists 'What to do when it already exists'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;user;list'= {
            cand --account 'account'
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;user;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;user;set-role'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;user;remove'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;user;help'= {
            cand add 'Add a user to an account (within the plan''s max_users)'
            cand list 'List users'
            cand show 'Show a user'
            cand set-role 'Change a user''s role'
            cand remove 'Remove a user and their site grants'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;user;help;add'= {
        }
        &'sitectl;user;help;list'= {
        }
        &'sitectl;user;help;show'= {
        }
        &'sitectl;user;help;set-role'= {
        }
        &'sitectl;user;help;remove'= {
        }
        &'sitectl;user;help;help'= {
        }
        &'sitectl;industry'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List industries with their number of active sectors'
            cand show 'Show an industry and its sectors'
            cand import 'Create or update industries and sectors from a taxonomy file (operator only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;industry;list'= {
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --all 'Include inactive industries'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;industry;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;industry;import'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;industry;help'= {
            cand list 'List industries with their number of active sectors'
            cand show 'Show an industry and its sectors'
            cand import 'Create or update industries and sectors from a taxonomy file (operator only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;industry;help;list'= {
        }
        &'sitectl;industry;help;show'= {
        }
        &'sitectl;industry;help;import'= {
        }
        &'sitectl;industry;help;help'= {
        }
        &'sitectl;site'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a site (in the acting user''s account, or --account for the operator)'
            cand list 'List the sites the acting user can see'
            cand show 'Show every field of a site, its sectors, grants and plan usage'
            cand update 'Change a site''s fields (never its account)'
            cand activate 'Activate a site (other sites are untouched)'
            cand deactivate 'Deactivate a site'
            cand delete 'Soft-delete a site (restorable)'
            cand restore 'Restore a soft-deleted site'
            cand purge 'Remove a soft-deleted site for good, with its sectors and grants (operator only)'
            cand public 'The unauthenticated public read by slug (ignores --as)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;site;create'= {
            cand --account 'The account (operator only; users always create in their own account)'
            cand --slug 'Slug, unique in the account [default: derived from the name]'
            cand --domain 'Primary domain; a URL is reduced to its host'
            cand --hosting-type 'hosting-type'
            cand --site-type 'site-type'
            cand --industry 'Industry slug'
            cand --if-exists 'What to do when it already exists'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --active 'Create it active'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;list'= {
            cand --account 'account'
            cand --industry 'industry'
            cand --hosting-type 'hosting-type'
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --active 'Only active sites'
            cand --inactive 'Only inactive sites'
            cand --deleted 'Only soft-deleted sites'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;update'= {
            cand --name 'name'
            cand --slug 'slug'
            cand --domain 'New domain ('''' clears it)'
            cand --hosting-type 'hosting-type'
            cand --site-type 'site-type'
            cand --seo-title 'seo-title'
            cand --seo-description 'seo-description'
            cand --seo-keywords 'seo-keywords'
            cand --og-image-url 'og-image-url'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;activate'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;deactivate'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;delete'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;restore'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;purge'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;public'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;site;help'= {
            cand create 'Create a site (in the acting user''s account, or --account for the operator)'
            cand list 'List the sites the acting user can see'
            cand show 'Show every field of a site, its sectors, grants and plan usage'
            cand update 'Change a site''s fields (never its account)'
            cand activate 'Activate a site (other sites are untouched)'
            cand deactivate 'Deactivate a site'
            cand delete 'Soft-delete a site (restorable)'
            cand restore 'Restore a soft-deleted site'
            cand purge 'Remove a soft-deleted site for good, with its sectors and grants (operator only)'
            cand public 'The unauthenticated public read by slug (ignores --as)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;site;help;create'= {
        }
        &'sitectl;site;help;list'= {
        }
        &'sitectl;site;help;show'= {
        }
        &'sitectl;site;help;update'= {
        }
        &'sitectl;site;help;activate'= {
        }
        &'sitectl;site;help;deactivate'= {
        }
        &'sitectl;site;help;delete'= {
        }
        &'sitectl;site;help;restore'= {
        }
        &'sitectl;site;help;purge'= {
        }
        &'sitectl;site;help;public'= {
        }
        &'sitectl;site;help;help'= {
        }
        &'sitectl;sectors'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand select 'Set a site''s industry and exactly these sectors (within the plan''s limit)'
            cand list 'List a site''s active sectors (--all adds inactive ones)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;sectors;select'= {
            cand --industry 'The industry''s slug'
            cand --sector 'A sector slug of that industry (repeatable)'
            cand --sectors 'Sector slugs, comma-separated'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;sectors;list'= {
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --all 'Include deactivated sectors, with when they were deactivated'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;sectors;help'= {
            cand select 'Set a site''s industry and exactly these sectors (within the plan''s limit)'
            cand list 'List a site''s active sectors (--all adds inactive ones)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;sectors;help;select'= {
        }
        &'sitectl;sectors;help;list'= {
        }
        &'sitectl;sectors;help;help'= {
        }
        &'sitectl;content'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create content on a site, in one of the site''s active sectors'
            cand list 'List the content the acting user can see (of one site, or of all)'
            cand show 'Show a piece of content, its body and where it was published'
            cand update 'Change a piece of content'
            cand delete 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)'
            cand review 'Send a draft to review'
            cand approve 'Approve content in review (approved content can be published)'
            cand reopen 'Take content back to draft'
            cand retract 'Move the content''s post to WordPress''s trash and mark it retracted (deleted content too)'
            cand schedule 'Schedule approved content for `wp publish --due`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;content;create'= {
            cand --sector 'A sector active on the site'
            cand --title 'title'
            cand --body-file 'The body (HTML) from a file; `-` reads stdin'
            cand --excerpt 'excerpt'
            cand --slug 'Unique on the site [default: derived from the title]'
            cand --category 'A category slug (repeatable; `content update` replaces the categories)'
            cand --tag 'A tag slug (repeatable; `content update` replaces the tags)'
            cand --if-exists 'What to do when it already exists'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;list'= {
            cand --sector 'Only content of this sector (deactivated sectors keep theirs)'
            cand --status 'status'
            cand --publish-status 'publish-status'
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --deleted 'Only deleted content'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;update'= {
            cand --sector 'Move it to another sector active on the site'
            cand --title 'title'
            cand --body-file 'body-file'
            cand --excerpt 'excerpt'
            cand --slug 'slug'
            cand --category 'A category slug (repeatable; `content update` replaces the categories)'
            cand --tag 'A tag slug (repeatable; `content update` replaces the tags)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --no-categories 'Remove every category'
            cand --no-tags 'Remove every tag'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;delete'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;review'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;approve'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;reopen'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;retract'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;schedule'= {
            cand --at 'An RFC 3339 time'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;content;help'= {
            cand create 'Create content on a site, in one of the site''s active sectors'
            cand list 'List the content the acting user can see (of one site, or of all)'
            cand show 'Show a piece of content, its body and where it was published'
            cand update 'Change a piece of content'
            cand delete 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)'
            cand review 'Send a draft to review'
            cand approve 'Approve content in review (approved content can be published)'
            cand reopen 'Take content back to draft'
            cand retract 'Move the content''s post to WordPress''s trash and mark it retracted (deleted content too)'
            cand schedule 'Schedule approved content for `wp publish --due`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;content;help;create'= {
        }
        &'sitectl;content;help;list'= {
        }
        &'sitectl;content;help;show'= {
        }
        &'sitectl;content;help;update'= {
        }
        &'sitectl;content;help;delete'= {
        }
        &'sitectl;content;help;review'= {
        }
        &'sitectl;content;help;approve'= {
        }
        &'sitectl;content;help;reopen'= {
        }
        &'sitectl;content;help;retract'= {
        }
        &'sitectl;content;help;schedule'= {
        }
        &'sitectl;content;help;help'= {
        }
        &'sitectl;access'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand grant 'Let a user of the site''s account see (and, as editor, change) the site'
            cand revoke 'Take a grant back'
            cand list 'List grants of a site, of a user, or all you may see'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;access;grant'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;access;revoke'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;access;list'= {
            cand --user 'user'
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;access;help'= {
            cand grant 'Let a user of the site''s account see (and, as editor, change) the site'
            cand revoke 'Take a grant back'
            cand list 'List grants of a site, of a user, or all you may see'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;access;help;grant'= {
        }
        &'sitectl;access;help;revoke'= {
        }
        &'sitectl;access;help;list'= {
        }
        &'sitectl;access;help;help'= {
        }
        &'sitectl;wp'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand key 'The site API key the igny8 bridge plugin authenticates with'
            cand connect 'Connect a site to WordPress and sync its structure'
            cand test 'Re-check a connection (exit 8 with the reason when it fails)'
            cand status 'Mode, connection, last sync, mirror counts, last error'
            cand disconnect 'Deactivate the integration and erase its credentials'
            cand sync 'Pull structure and content into the local mirror (incremental by default)'
            cand publish 'Publish content to its site''s WordPress: one post per item, created once, then updated'
            cand content 'The mirrored posts, pages and other items'
            cand terms 'The mirrored taxonomy terms'
            cand events 'The log of connects, tests and syncs of a site'
            cand inventory 'What a site''s WordPress runs: its version, the bridge plugin''s, every plugin and theme'
            cand plugins 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
            cand themes 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;key'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Generate the site''s API key (shown once)'
            cand rotate 'Replace the key (the old one stops working; asks for confirmation)'
            cand show 'Show the key, masked unless --reveal'
            cand revoke 'Remove the key (asks for confirmation)'
            cand verify 'Read a key from stdin and check it against the site''s (exit 0 or 5)'
            cand reseal 'Move every sealed secret from an old secret key to the current one (one transaction)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;key;generate'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;key;rotate'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;key;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --reveal 'Print the whole key'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;key;revoke'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;key;verify'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;key;reseal'= {
            cand --from-key-file 'The key file the secrets are sealed with now'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;key;help'= {
            cand generate 'Generate the site''s API key (shown once)'
            cand rotate 'Replace the key (the old one stops working; asks for confirmation)'
            cand show 'Show the key, masked unless --reveal'
            cand revoke 'Remove the key (asks for confirmation)'
            cand verify 'Read a key from stdin and check it against the site''s (exit 0 or 5)'
            cand reseal 'Move every sealed secret from an old secret key to the current one (one transaction)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;key;help;generate'= {
        }
        &'sitectl;wp;key;help;rotate'= {
        }
        &'sitectl;wp;key;help;show'= {
        }
        &'sitectl;wp;key;help;revoke'= {
        }
        &'sitectl;wp;key;help;verify'= {
        }
        &'sitectl;wp;key;help;reseal'= {
        }
        &'sitectl;wp;key;help;help'= {
        }
        &'sitectl;wp;connect'= {
            cand --url 'The WordPress site''s address'
            cand --username 'WordPress user name for the Application Password'
            cand --app-password-env 'Read the Application Password from this environment variable'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --app-password-stdin 'Read the Application Password from stdin'
            cand --allow-insecure-http 'Send credentials over plain http:// to a host other than this machine (they can be read on the way; refused without this flag)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;test'= {
            cand --account 'Only sites of this account (repeatable)'
            cand --plan 'Only sites of accounts on this plan (repeatable)'
            cand --industry 'Only sites of this industry (repeatable)'
            cand --mode 'Only sites connected in this mode (repeatable)'
            cand --sites-from 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped'
            cand --concurrency 'Sites (with --all) or pages (one site) fetched at once'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --all 'Every connected site you may change (selectors narrow it and imply it)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;status'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;disconnect'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --purge-data 'Also remove the synced mirror and the recorded inventory (asks for confirmation)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;sync'= {
            cand --account 'Only sites of this account (repeatable)'
            cand --plan 'Only sites of accounts on this plan (repeatable)'
            cand --industry 'Only sites of this industry (repeatable)'
            cand --mode 'Only sites connected in this mode (repeatable)'
            cand --sites-from 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped'
            cand --concurrency 'Sites (with --all) or pages (one site) fetched at once'
            cand --types 'Only these post types'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --all 'Every connected site you may change (selectors narrow it and imply it)'
            cand --structure 'Post types and taxonomies with counts, and every term'
            cand --content 'Posts, pages and other public types'
            cand --full 'Re-read all content and remove local rows whose post is gone'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;publish'= {
            cand --account 'Only sites of this account (repeatable)'
            cand --plan 'Only sites of accounts on this plan (repeatable)'
            cand --industry 'Only sites of this industry (repeatable)'
            cand --mode 'Only sites connected in this mode (repeatable)'
            cand --sites-from 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped'
            cand --status 'The WordPress status [default: from the editorial status: approved -> publish, review -> pending, draft -> draft]'
            cand --at 'The publication time (RFC 3339); a time to come makes the post `future`'
            cand --concurrency 'Items sent at once'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --due 'Every approved item whose scheduled time has come, on every site you may change'
            cand --force 'Overwrite an edit made in WordPress, publish a retracted item again, take over a run that never finished, or create a new post beside one found by slug that is not this item''s'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;content'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List mirrored items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;content;list'= {
            cand --type 'type'
            cand --status 'status'
            cand --search 'Text in the title or slug'
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;content;help'= {
            cand list 'List mirrored items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;content;help;list'= {
        }
        &'sitectl;wp;content;help;help'= {
        }
        &'sitectl;wp;terms'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List mirrored terms'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;terms;list'= {
            cand --taxonomy 'taxonomy'
            cand --limit 'At most this many records'
            cand --after 'Only records with an id above this one: pass the last id of the previous page'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;terms;help'= {
            cand list 'List mirrored terms'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;terms;help;list'= {
        }
        &'sitectl;wp;terms;help;help'= {
        }
        &'sitectl;wp;events'= {
            cand --limit 'The newest N events'
            cand --after 'Only events with an id above this one'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --follow 'Then print each new event as it is committed, until interrupted or the pipe closes'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;inventory'= {
            cand --account 'Only sites of this account (repeatable)'
            cand --plan 'Only sites of accounts on this plan (repeatable)'
            cand --industry 'Only sites of this industry (repeatable)'
            cand --mode 'Only sites connected in this mode (repeatable)'
            cand --sites-from 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped'
            cand --concurrency 'Sites (with --all) or pages (one site) fetched at once'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --all 'Every connected site you may change (selectors narrow it and imply it)'
            cand --refresh 'Read WordPress again and record what it runs (otherwise: what was recorded)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;plugins'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List recorded plugins, one line per site and plugin (no request)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;plugins;list'= {
            cand --below 'Only versions older than this one (WordPress''s comparison)'
            cand --status 'Only this status (`active` includes `network-active`)'
            cand --plugin 'Only this plugin: its slug (akismet/akismet) or its folder (akismet)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --all 'Every site you can see (the default)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;plugins;help'= {
            cand list 'List recorded plugins, one line per site and plugin (no request)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;plugins;help;list'= {
        }
        &'sitectl;wp;plugins;help;help'= {
        }
        &'sitectl;wp;themes'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List recorded themes, one line per site and theme (no request)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;themes;list'= {
            cand --below 'Only versions older than this one (WordPress''s comparison)'
            cand --status 'Only this status (`active` includes `network-active`)'
            cand --theme 'Only this theme (its stylesheet: twentytwentythree)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --all 'Every site you can see (the default)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;wp;themes;help'= {
            cand list 'List recorded themes, one line per site and theme (no request)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;themes;help;list'= {
        }
        &'sitectl;wp;themes;help;help'= {
        }
        &'sitectl;wp;help'= {
            cand key 'The site API key the igny8 bridge plugin authenticates with'
            cand connect 'Connect a site to WordPress and sync its structure'
            cand test 'Re-check a connection (exit 8 with the reason when it fails)'
            cand status 'Mode, connection, last sync, mirror counts, last error'
            cand disconnect 'Deactivate the integration and erase its credentials'
            cand sync 'Pull structure and content into the local mirror (incremental by default)'
            cand publish 'Publish content to its site''s WordPress: one post per item, created once, then updated'
            cand content 'The mirrored posts, pages and other items'
            cand terms 'The mirrored taxonomy terms'
            cand events 'The log of connects, tests and syncs of a site'
            cand inventory 'What a site''s WordPress runs: its version, the bridge plugin''s, every plugin and theme'
            cand plugins 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
            cand themes 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;wp;help;key'= {
            cand generate 'Generate the site''s API key (shown once)'
            cand rotate 'Replace the key (the old one stops working; asks for confirmation)'
            cand show 'Show the key, masked unless --reveal'
            cand revoke 'Remove the key (asks for confirmation)'
            cand verify 'Read a key from stdin and check it against the site''s (exit 0 or 5)'
            cand reseal 'Move every sealed secret from an old secret key to the current one (one transaction)'
        }
        &'sitectl;wp;help;key;generate'= {
        }
        &'sitectl;wp;help;key;rotate'= {
        }
        &'sitectl;wp;help;key;show'= {
        }
        &'sitectl;wp;help;key;revoke'= {
        }
        &'sitectl;wp;help;key;verify'= {
        }
        &'sitectl;wp;help;key;reseal'= {
        }
        &'sitectl;wp;help;connect'= {
        }
        &'sitectl;wp;help;test'= {
        }
        &'sitectl;wp;help;status'= {
        }
        &'sitectl;wp;help;disconnect'= {
        }
        &'sitectl;wp;help;sync'= {
        }
        &'sitectl;wp;help;publish'= {
        }
        &'sitectl;wp;help;content'= {
            cand list 'List mirrored items'
        }
        &'sitectl;wp;help;content;list'= {
        }
        &'sitectl;wp;help;terms'= {
            cand list 'List mirrored terms'
        }
        &'sitectl;wp;help;terms;list'= {
        }
        &'sitectl;wp;help;events'= {
        }
        &'sitectl;wp;help;inventory'= {
        }
        &'sitectl;wp;help;plugins'= {
            cand list 'List recorded plugins, one line per site and plugin (no request)'
        }
        &'sitectl;wp;help;plugins;list'= {
        }
        &'sitectl;wp;help;themes'= {
            cand list 'List recorded themes, one line per site and theme (no request)'
        }
        &'sitectl;wp;help;themes;list'= {
        }
        &'sitectl;wp;help;help'= {
        }
        &'sitectl;seed'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apply 'Validate a fixture (every problem, with positions), then apply it all in one transaction'
            cand diff 'Show what `seed apply` would change, object by object and field by field; changes nothing'
            cand export 'Write a fixture of the database (or of some accounts) that `seed apply` accepts'
            cand generate 'Write a deterministic synthetic data set straight to the database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;seed;apply'= {
            cand --section 'Read the file as CSV of this section (inferred from a name such as users.csv)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --init 'Create the database first when it does not exist (for CI one-liners)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;seed;diff'= {
            cand --section 'Read the file as CSV of this section (inferred from a name such as users.csv)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --exit-code 'Exit 10 when the database differs from the file (0 when it matches)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;seed;export'= {
            cand --account 'Only this account (repeatable)'
            cand -o 'Write to this file instead of stdout'
            cand --output 'Write to this file instead of stdout'
            cand --format 'What to write the fixture as [default: toml, or json with --json or a json format setting]'
            cand --section 'Only this section, as CSV (with --format csv)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;seed;generate'= {
            cand --accounts 'accounts'
            cand --sites-per-account 'sites-per-account'
            cand --sectors-per-site 'sectors-per-site'
            cand --seed 'Same seed, same data'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --init 'Create the database first when it does not exist (for CI one-liners)'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;seed;help'= {
            cand apply 'Validate a fixture (every problem, with positions), then apply it all in one transaction'
            cand diff 'Show what `seed apply` would change, object by object and field by field; changes nothing'
            cand export 'Write a fixture of the database (or of some accounts) that `seed apply` accepts'
            cand generate 'Write a deterministic synthetic data set straight to the database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;seed;help;apply'= {
        }
        &'sitectl;seed;help;diff'= {
        }
        &'sitectl;seed;help;export'= {
        }
        &'sitectl;seed;help;generate'= {
        }
        &'sitectl;seed;help;help'= {
        }
        &'sitectl;audit'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit rows, oldest first (operator only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;audit;list'= {
            cand --since 'An RFC 3339 time, or an age such as 90m, 24h, 7d'
            cand --target 'Only rows whose target starts with this text (site:acme/blog, or site:acme/ for all of acme''s sites)'
            cand --actor 'Only rows by this actor (an email, or "operator")'
            cand --limit 'The newest N rows'
            cand --after 'Only rows with an id above this one (the last id already read)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --follow 'Then print each new row as it is committed, until interrupted or the pipe closes'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;audit;help'= {
            cand list 'List audit rows, oldest first (operator only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;audit;help;list'= {
        }
        &'sitectl;audit;help;help'= {
        }
        &'sitectl;check'= {
            cand --account 'Only sites of this account (repeatable)'
            cand --plan 'Only sites of accounts on this plan (repeatable)'
            cand --industry 'Only sites of this industry (repeatable)'
            cand --mode 'Only sites connected in this mode (repeatable)'
            cand --sites-from 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped'
            cand --warn-sync-age 'A sync older than this is a warning (s, m, h, d: 90m, 24h, 2d)'
            cand --crit-sync-age 'A sync older than this is critical'
            cand --grace 'How late a scheduled publication may be before it is missed'
            cand --openmetrics 'Write OpenMetrics text to PATH (replaced atomically) or to stdout (`-`)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --nagios 'Print one Nagios status line with performance data, then the first findings'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;db'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (with the embedded industry taxonomy) if it does not exist'
            cand info 'Path, schema version, journal mode, sizes and row counts'
            cand doctor 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)'
            cand copy 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL'
            cand migrate 'Bring the schema up to date (every command also does this on open)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;db;init'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;db;info'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;db;doctor'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;db;copy'= {
            cand --to 'The database to write: a file path or a postgres:// URL'
            cand --from 'The database to read (default: --db / SITECTL_DB / the profile''s db)'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --replace 'Overwrite a target that already holds tenant rows'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;db;migrate'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;db;help'= {
            cand init 'Create the database (with the embedded industry taxonomy) if it does not exist'
            cand info 'Path, schema version, journal mode, sizes and row counts'
            cand doctor 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)'
            cand copy 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL'
            cand migrate 'Bring the schema up to date (every command also does this on open)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;db;help;init'= {
        }
        &'sitectl;db;help;info'= {
        }
        &'sitectl;db;help;doctor'= {
        }
        &'sitectl;db;help;copy'= {
        }
        &'sitectl;db;help;migrate'= {
        }
        &'sitectl;db;help;help'= {
        }
        &'sitectl;config'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the effective settings and where each came from (does not open the database)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;config;show'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;config;help'= {
            cand show 'Print the effective settings and where each came from (does not open the database)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;config;help;show'= {
        }
        &'sitectl;config;help;help'= {
        }
        &'sitectl;completions'= {
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;man'= {
            cand --out-dir 'Where to write sitectl.1 and one page per subcommand'
            cand --db 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]'
            cand --config 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]'
            cand --as 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]'
            cand --format 'Output format of data on stdout [env: SITECTL_FORMAT]'
            cand --fields 'Only these fields (comma-separated), in this order'
            cand --jq 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)'
            cand --color 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]'
            cand --json 'Shorthand for --format json'
            cand --porcelain 'Create/update commands print only the id'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --no-input 'Never prompt [env: SITECTL_NO_INPUT]'
            cand --dry-run 'Show what a mutating command would do, and change nothing'
            cand -q 'Less narration on stderr'
            cand --quiet 'Less narration on stderr'
            cand -v 'More narration on stderr'
            cand --verbose 'More narration on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sitectl;help'= {
            cand plan 'Subscription plans and their limits'
            cand account 'Accounts (tenants)'
            cand user 'Users of accounts'
            cand industry 'The industry/sector taxonomy'
            cand site 'Sites: create, list, show, update, activate, delete'
            cand sectors 'A site''s industry sectors, within the plan''s limit'
            cand content 'The writer''s content, by site and sector: create, review, approve, schedule'
            cand access 'Grants of sites to editors and viewers'
            cand wp 'WordPress: API key, connect, test, sync, and the local mirror'
            cand seed 'Declarative fixtures: apply, export, generate'
            cand audit 'The audit log of every change'
            cand check 'What is wrong across the fleet: findings, Nagios and OpenMetrics output'
            cand db 'The database file: create, inspect, migrate'
            cand config 'Effective settings'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sitectl;help;plan'= {
            cand create 'Create a plan'
            cand list 'List plans'
            cand show 'Show a plan and how many accounts use it'
            cand update 'Change a plan''s name, limits or availability'
        }
        &'sitectl;help;plan;create'= {
        }
        &'sitectl;help;plan;list'= {
        }
        &'sitectl;help;plan;show'= {
        }
        &'sitectl;help;plan;update'= {
        }
        &'sitectl;help;account'= {
            cand create 'Create an account with its owner (the owner user is created when missing)'
            cand list 'List accounts'
            cand show 'Show an account with its usage of the plan''s limits'
            cand update 'Rename an account'
            cand set-plan 'Move an account to another plan (smaller limits keep what exists and block growth)'
            cand suspend 'Suspend an account: its users can do nothing until it is reactivated'
            cand reactivate 'Reactivate a suspended or cancelled account'
            cand cancel 'Cancel an account'
        }
        &'sitectl;help;account;create'= {
        }
        &'sitectl;help;account;list'= {
        }
        &'sitectl;help;account;show'= {
        }
        &'sitectl;help;account;update'= {
        }
        &'sitectl;help;account;set-plan'= {
        }
        &'sitectl;help;account;suspend'= {
        }
        &'sitectl;help;account;reactivate'= {
        }
        &'sitectl;help;account;cancel'= {
        }
        &'sitectl;help;user'= {
            cand add 'Add a user to an account (within the plan''s max_users)'
            cand list 'List users'
            cand show 'Show a user'
            cand set-role 'Change a user''s role'
            cand remove 'Remove a user and their site grants'
        }
        &'sitectl;help;user;add'= {
        }
        &'sitectl;help;user;list'= {
        }
        &'sitectl;help;user;show'= {
        }
        &'sitectl;help;user;set-role'= {
        }
        &'sitectl;help;user;remove'= {
        }
        &'sitectl;help;industry'= {
            cand list 'List industries with their number of active sectors'
            cand show 'Show an industry and its sectors'
            cand import 'Create or update industries and sectors from a taxonomy file (operator only)'
        }
        &'sitectl;help;industry;list'= {
        }
        &'sitectl;help;industry;show'= {
        }
        &'sitectl;help;industry;import'= {
        }
        &'sitectl;help;site'= {
            cand create 'Create a site (in the acting user''s account, or --account for the operator)'
            cand list 'List the sites the acting user can see'
            cand show 'Show every field of a site, its sectors, grants and plan usage'
            cand update 'Change a site''s fields (never its account)'
            cand activate 'Activate a site (other sites are untouched)'
            cand deactivate 'Deactivate a site'
            cand delete 'Soft-delete a site (restorable)'
            cand restore 'Restore a soft-deleted site'
            cand purge 'Remove a soft-deleted site for good, with its sectors and grants (operator only)'
            cand public 'The unauthenticated public read by slug (ignores --as)'
        }
        &'sitectl;help;site;create'= {
        }
        &'sitectl;help;site;list'= {
        }
        &'sitectl;help;site;show'= {
        }
        &'sitectl;help;site;update'= {
        }
        &'sitectl;help;site;activate'= {
        }
        &'sitectl;help;site;deactivate'= {
        }
        &'sitectl;help;site;delete'= {
        }
        &'sitectl;help;site;restore'= {
        }
        &'sitectl;help;site;purge'= {
        }
        &'sitectl;help;site;public'= {
        }
        &'sitectl;help;sectors'= {
            cand select 'Set a site''s industry and exactly these sectors (within the plan''s limit)'
            cand list 'List a site''s active sectors (--all adds inactive ones)'
        }
        &'sitectl;help;sectors;select'= {
        }
        &'sitectl;help;sectors;list'= {
        }
        &'sitectl;help;content'= {
            cand create 'Create content on a site, in one of the site''s active sectors'
            cand list 'List the content the acting user can see (of one site, or of all)'
            cand show 'Show a piece of content, its body and where it was published'
            cand update 'Change a piece of content'
            cand delete 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)'
            cand review 'Send a draft to review'
            cand approve 'Approve content in review (approved content can be published)'
            cand reopen 'Take content back to draft'
            cand retract 'Move the content''s post to WordPress''s trash and mark it retracted (deleted content too)'
            cand schedule 'Schedule approved content for `wp publish --due`'
        }
        &'sitectl;help;content;create'= {
        }
        &'sitectl;help;content;list'= {
        }
        &'sitectl;help;content;show'= {
        }
        &'sitectl;help;content;update'= {
        }
        &'sitectl;help;content;delete'= {
        }
        &'sitectl;help;content;review'= {
        }
        &'sitectl;help;content;approve'= {
        }
        &'sitectl;help;content;reopen'= {
        }
        &'sitectl;help;content;retract'= {
        }
        &'sitectl;help;content;schedule'= {
        }
        &'sitectl;help;access'= {
            cand grant 'Let a user of the site''s account see (and, as editor, change) the site'
            cand revoke 'Take a grant back'
            cand list 'List grants of a site, of a user, or all you may see'
        }
        &'sitectl;help;access;grant'= {
        }
        &'sitectl;help;access;revoke'= {
        }
        &'sitectl;help;access;list'= {
        }
        &'sitectl;help;wp'= {
            cand key 'The site API key the igny8 bridge plugin authenticates with'
            cand connect 'Connect a site to WordPress and sync its structure'
            cand test 'Re-check a connection (exit 8 with the reason when it fails)'
            cand status 'Mode, connection, last sync, mirror counts, last error'
            cand disconnect 'Deactivate the integration and erase its credentials'
            cand sync 'Pull structure and content into the local mirror (incremental by default)'
            cand publish 'Publish content to its site''s WordPress: one post per item, created once, then updated'
            cand content 'The mirrored posts, pages and other items'
            cand terms 'The mirrored taxonomy terms'
            cand events 'The log of connects, tests and syncs of a site'
            cand inventory 'What a site''s WordPress runs: its version, the bridge plugin''s, every plugin and theme'
            cand plugins 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
            cand themes 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`'
        }
        &'sitectl;help;wp;key'= {
            cand generate 'Generate the site''s API key (shown once)'
            cand rotate 'Replace the key (the old one stops working; asks for confirmation)'
            cand show 'Show the key, masked unless --reveal'
            cand revoke 'Remove the key (asks for confirmation)'
            cand verify 'Read a key from stdin and check it against the site''s (exit 0 or 5)'
            cand reseal 'Move every sealed secret from an old secret key to the current one (one transaction)'
        }
        &'sitectl;help;wp;key;generate'= {
        }
        &'sitectl;help;wp;key;rotate'= {
        }
        &'sitectl;help;wp;key;show'= {
        }
        &'sitectl;help;wp;key;revoke'= {
        }
        &'sitectl;help;wp;key;verify'= {
        }
        &'sitectl;help;wp;key;reseal'= {
        }
        &'sitectl;help;wp;connect'= {
        }
        &'sitectl;help;wp;test'= {
        }
        &'sitectl;help;wp;status'= {
        }
        &'sitectl;help;wp;disconnect'= {
        }
        &'sitectl;help;wp;sync'= {
        }
        &'sitectl;help;wp;publish'= {
        }
        &'sitectl;help;wp;content'= {
            cand list 'List mirrored items'
        }
        &'sitectl;help;wp;content;list'= {
        }
        &'sitectl;help;wp;terms'= {
            cand list 'List mirrored terms'
        }
        &'sitectl;help;wp;terms;list'= {
        }
        &'sitectl;help;wp;events'= {
        }
        &'sitectl;help;wp;inventory'= {
        }
        &'sitectl;help;wp;plugins'= {
            cand list 'List recorded plugins, one line per site and plugin (no request)'
        }
        &'sitectl;help;wp;plugins;list'= {
        }
        &'sitectl;help;wp;themes'= {
            cand list 'List recorded themes, one line per site and theme (no request)'
        }
        &'sitectl;help;wp;themes;list'= {
        }
        &'sitectl;help;seed'= {
            cand apply 'Validate a fixture (every problem, with positions), then apply it all in one transaction'
            cand diff 'Show what `seed apply` would change, object by object and field by field; changes nothing'
            cand export 'Write a fixture of the database (or of some accounts) that `seed apply` accepts'
            cand generate 'Write a deterministic synthetic data set straight to the database'
        }
        &'sitectl;help;seed;apply'= {
        }
        &'sitectl;help;seed;diff'= {
        }
        &'sitectl;help;seed;export'= {
        }
        &'sitectl;help;seed;generate'= {
        }
        &'sitectl;help;audit'= {
            cand list 'List audit rows, oldest first (operator only)'
        }
        &'sitectl;help;audit;list'= {
        }
        &'sitectl;help;check'= {
        }
        &'sitectl;help;db'= {
            cand init 'Create the database (with the embedded industry taxonomy) if it does not exist'
            cand info 'Path, schema version, journal mode, sizes and row counts'
            cand doctor 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)'
            cand copy 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL'
            cand migrate 'Bring the schema up to date (every command also does this on open)'
        }
        &'sitectl;help;db;init'= {
        }
        &'sitectl;help;db;info'= {
        }
        &'sitectl;help;db;doctor'= {
        }
        &'sitectl;help;db;copy'= {
        }
        &'sitectl;help;db;migrate'= {
        }
        &'sitectl;help;config'= {
            cand show 'Print the effective settings and where each came from (does not open the database)'
        }
        &'sitectl;help;config;show'= {
        }
        &'sitectl;help;completions'= {
        }
        &'sitectl;help;man'= {
        }
        &'sitectl;help;help'= {
        }
    ]
    $completions[$command]
}
