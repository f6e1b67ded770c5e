
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sitectl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sitectl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sitectl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Subscription plans and their limits')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Accounts (tenants)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of accounts')
            [CompletionResult]::new('industry', 'industry', [CompletionResultType]::ParameterValue, 'The industry/sector taxonomy')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Sites: create, list, show, update, activate, delete')
            [CompletionResult]::new('sectors', 'sectors', [CompletionResultType]::ParameterValue, 'A site''s industry sectors, within the plan''s limit')
            [CompletionResult]::new('content', 'content', [CompletionResultType]::ParameterValue, 'The writer''s content, by site and sector: create, review, approve, schedule')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Grants of sites to editors and viewers')
            [CompletionResult]::new('wp', 'wp', [CompletionResultType]::ParameterValue, 'WordPress: API key, connect, test, sync, and the local mirror')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Declarative fixtures: apply, export, generate')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'What is wrong across the fleet: findings, Nagios and OpenMetrics output')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database file: create, inspect, migrate')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Effective settings')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan and how many accounts use it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a plan''s name, limits or availability')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;plan;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--max-sites', '--max-sites', [CompletionResultType]::ParameterName, 'Non-deleted sites an account may have')
            [CompletionResult]::new('--max-users', '--max-users', [CompletionResultType]::ParameterName, 'Users an account may have')
            [CompletionResult]::new('--max-sectors-per-site', '--max-sectors-per-site', [CompletionResultType]::ParameterName, 'Active sectors one site may have')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when it already exists')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create it as not offered to new accounts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;plan;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;plan;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;plan;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--max-sites', '--max-sites', [CompletionResultType]::ParameterName, 'max-sites')
            [CompletionResult]::new('--max-users', '--max-users', [CompletionResultType]::ParameterName, 'max-users')
            [CompletionResult]::new('--max-sectors-per-site', '--max-sectors-per-site', [CompletionResultType]::ParameterName, 'max-sectors-per-site')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Offer the plan to new accounts')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Stop offering the plan to new accounts (existing accounts keep it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;plan;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan and how many accounts use it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a plan''s name, limits or availability')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;plan;help;create' {
            break
        }
        'sitectl;plan;help;list' {
            break
        }
        'sitectl;plan;help;show' {
            break
        }
        'sitectl;plan;help;update' {
            break
        }
        'sitectl;plan;help;help' {
            break
        }
        'sitectl;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account with its owner (the owner user is created when missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account with its usage of the plan''s limits')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an account')
            [CompletionResult]::new('set-plan', 'set-plan', [CompletionResultType]::ParameterValue, 'Move an account to another plan (smaller limits keep what exists and block growth)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an account: its users can do nothing until it is reactivated')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended or cancelled account')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;account;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The plan''s slug')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owner''s email')
            [CompletionResult]::new('--owner-name', '--owner-name', [CompletionResultType]::ParameterName, 'The owner''s name, when the owner user is created')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when it already exists')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;set-plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;reactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;account;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account with its owner (the owner user is created when missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account with its usage of the plan''s limits')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an account')
            [CompletionResult]::new('set-plan', 'set-plan', [CompletionResultType]::ParameterValue, 'Move an account to another plan (smaller limits keep what exists and block growth)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an account: its users can do nothing until it is reactivated')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended or cancelled account')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;account;help;create' {
            break
        }
        'sitectl;account;help;list' {
            break
        }
        'sitectl;account;help;show' {
            break
        }
        'sitectl;account;help;update' {
            break
        }
        'sitectl;account;help;set-plan' {
            break
        }
        'sitectl;account;help;suspend' {
            break
        }
        'sitectl;account;help;reactivate' {
            break
        }
        'sitectl;account;help;cancel' {
            break
        }
        'sitectl;account;help;help' {
            break
        }
        'sitectl;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to an account (within the plan''s max_users)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a user''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user and their site grants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;user;add' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when it already exists')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;user;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;user;set-role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;user;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to an account (within the plan''s max_users)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a user''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user and their site grants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;user;help;add' {
            break
        }
        'sitectl;user;help;list' {
            break
        }
        'sitectl;user;help;show' {
            break
        }
        'sitectl;user;help;set-role' {
            break
        }
        'sitectl;user;help;remove' {
            break
        }
        'sitectl;user;help;help' {
            break
        }
        'sitectl;industry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List industries with their number of active sectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an industry and its sectors')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update industries and sectors from a taxonomy file (operator only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;industry;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include inactive industries')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;industry;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;industry;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;industry;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List industries with their number of active sectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an industry and its sectors')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update industries and sectors from a taxonomy file (operator only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;industry;help;list' {
            break
        }
        'sitectl;industry;help;show' {
            break
        }
        'sitectl;industry;help;import' {
            break
        }
        'sitectl;industry;help;help' {
            break
        }
        'sitectl;site' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site (in the acting user''s account, or --account for the operator)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sites the acting user can see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of a site, its sectors, grants and plan usage')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a site''s fields (never its account)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a site (other sites are untouched)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a site')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Soft-delete a site (restorable)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a soft-deleted site')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove a soft-deleted site for good, with its sectors and grants (operator only)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'The unauthenticated public read by slug (ignores --as)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;site;create' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account (operator only; users always create in their own account)')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Slug, unique in the account [default: derived from the name]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Primary domain; a URL is reduced to its host')
            [CompletionResult]::new('--hosting-type', '--hosting-type', [CompletionResultType]::ParameterName, 'hosting-type')
            [CompletionResult]::new('--site-type', '--site-type', [CompletionResultType]::ParameterName, 'site-type')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'Industry slug')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when it already exists')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Create it active')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'industry')
            [CompletionResult]::new('--hosting-type', '--hosting-type', [CompletionResultType]::ParameterName, 'hosting-type')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active sites')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Only inactive sites')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Only soft-deleted sites')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'slug')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'New domain ('''' clears it)')
            [CompletionResult]::new('--hosting-type', '--hosting-type', [CompletionResultType]::ParameterName, 'hosting-type')
            [CompletionResult]::new('--site-type', '--site-type', [CompletionResultType]::ParameterName, 'site-type')
            [CompletionResult]::new('--seo-title', '--seo-title', [CompletionResultType]::ParameterName, 'seo-title')
            [CompletionResult]::new('--seo-description', '--seo-description', [CompletionResultType]::ParameterName, 'seo-description')
            [CompletionResult]::new('--seo-keywords', '--seo-keywords', [CompletionResultType]::ParameterName, 'seo-keywords')
            [CompletionResult]::new('--og-image-url', '--og-image-url', [CompletionResultType]::ParameterName, 'og-image-url')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;activate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;purge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;public' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;site;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site (in the acting user''s account, or --account for the operator)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sites the acting user can see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of a site, its sectors, grants and plan usage')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a site''s fields (never its account)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a site (other sites are untouched)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a site')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Soft-delete a site (restorable)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a soft-deleted site')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove a soft-deleted site for good, with its sectors and grants (operator only)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'The unauthenticated public read by slug (ignores --as)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;site;help;create' {
            break
        }
        'sitectl;site;help;list' {
            break
        }
        'sitectl;site;help;show' {
            break
        }
        'sitectl;site;help;update' {
            break
        }
        'sitectl;site;help;activate' {
            break
        }
        'sitectl;site;help;deactivate' {
            break
        }
        'sitectl;site;help;delete' {
            break
        }
        'sitectl;site;help;restore' {
            break
        }
        'sitectl;site;help;purge' {
            break
        }
        'sitectl;site;help;public' {
            break
        }
        'sitectl;site;help;help' {
            break
        }
        'sitectl;sectors' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Set a site''s industry and exactly these sectors (within the plan''s limit)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a site''s active sectors (--all adds inactive ones)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;sectors;select' {
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'The industry''s slug')
            [CompletionResult]::new('--sector', '--sector', [CompletionResultType]::ParameterName, 'A sector slug of that industry (repeatable)')
            [CompletionResult]::new('--sectors', '--sectors', [CompletionResultType]::ParameterName, 'Sector slugs, comma-separated')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;sectors;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include deactivated sectors, with when they were deactivated')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;sectors;help' {
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Set a site''s industry and exactly these sectors (within the plan''s limit)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a site''s active sectors (--all adds inactive ones)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;sectors;help;select' {
            break
        }
        'sitectl;sectors;help;list' {
            break
        }
        'sitectl;sectors;help;help' {
            break
        }
        'sitectl;content' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create content on a site, in one of the site''s active sectors')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the content the acting user can see (of one site, or of all)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a piece of content, its body and where it was published')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a piece of content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Send a draft to review')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve content in review (approved content can be published)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Take content back to draft')
            [CompletionResult]::new('retract', 'retract', [CompletionResultType]::ParameterValue, 'Move the content''s post to WordPress''s trash and mark it retracted (deleted content too)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule approved content for `wp publish --due`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;content;create' {
            [CompletionResult]::new('--sector', '--sector', [CompletionResultType]::ParameterName, 'A sector active on the site')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'The body (HTML) from a file; `-` reads stdin')
            [CompletionResult]::new('--excerpt', '--excerpt', [CompletionResultType]::ParameterName, 'excerpt')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Unique on the site [default: derived from the title]')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category slug (repeatable; `content update` replaces the categories)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag slug (repeatable; `content update` replaces the tags)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when it already exists')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;list' {
            [CompletionResult]::new('--sector', '--sector', [CompletionResultType]::ParameterName, 'Only content of this sector (deactivated sectors keep theirs)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--publish-status', '--publish-status', [CompletionResultType]::ParameterName, 'publish-status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Only deleted content')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;update' {
            [CompletionResult]::new('--sector', '--sector', [CompletionResultType]::ParameterName, 'Move it to another sector active on the site')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'body-file')
            [CompletionResult]::new('--excerpt', '--excerpt', [CompletionResultType]::ParameterName, 'excerpt')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'slug')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category slug (repeatable; `content update` replaces the categories)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag slug (repeatable; `content update` replaces the tags)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--no-categories', '--no-categories', [CompletionResultType]::ParameterName, 'Remove every category')
            [CompletionResult]::new('--no-tags', '--no-tags', [CompletionResultType]::ParameterName, 'Remove every tag')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;review' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;approve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;reopen' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;retract' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;schedule' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'An RFC 3339 time')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;content;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create content on a site, in one of the site''s active sectors')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the content the acting user can see (of one site, or of all)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a piece of content, its body and where it was published')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a piece of content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Send a draft to review')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve content in review (approved content can be published)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Take content back to draft')
            [CompletionResult]::new('retract', 'retract', [CompletionResultType]::ParameterValue, 'Move the content''s post to WordPress''s trash and mark it retracted (deleted content too)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule approved content for `wp publish --due`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;content;help;create' {
            break
        }
        'sitectl;content;help;list' {
            break
        }
        'sitectl;content;help;show' {
            break
        }
        'sitectl;content;help;update' {
            break
        }
        'sitectl;content;help;delete' {
            break
        }
        'sitectl;content;help;review' {
            break
        }
        'sitectl;content;help;approve' {
            break
        }
        'sitectl;content;help;reopen' {
            break
        }
        'sitectl;content;help;retract' {
            break
        }
        'sitectl;content;help;schedule' {
            break
        }
        'sitectl;content;help;help' {
            break
        }
        'sitectl;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a user of the site''s account see (and, as editor, change) the site')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a grant back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants of a site, of a user, or all you may see')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;access;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;access;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;access;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;access;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a user of the site''s account see (and, as editor, change) the site')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a grant back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants of a site, of a user, or all you may see')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;access;help;grant' {
            break
        }
        'sitectl;access;help;revoke' {
            break
        }
        'sitectl;access;help;list' {
            break
        }
        'sitectl;access;help;help' {
            break
        }
        'sitectl;wp' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The site API key the igny8 bridge plugin authenticates with')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect a site to WordPress and sync its structure')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Re-check a connection (exit 8 with the reason when it fails)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Mode, connection, last sync, mirror counts, last error')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Deactivate the integration and erase its credentials')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull structure and content into the local mirror (incremental by default)')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish content to its site''s WordPress: one post per item, created once, then updated')
            [CompletionResult]::new('content', 'content', [CompletionResultType]::ParameterValue, 'The mirrored posts, pages and other items')
            [CompletionResult]::new('terms', 'terms', [CompletionResultType]::ParameterValue, 'The mirrored taxonomy terms')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The log of connects, tests and syncs of a site')
            [CompletionResult]::new('inventory', 'inventory', [CompletionResultType]::ParameterValue, 'What a site''s WordPress runs: its version, the bridge plugin''s, every plugin and theme')
            [CompletionResult]::new('plugins', 'plugins', [CompletionResultType]::ParameterValue, 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`')
            [CompletionResult]::new('themes', 'themes', [CompletionResultType]::ParameterValue, 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate the site''s API key (shown once)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the key (the old one stops working; asks for confirmation)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the key, masked unless --reveal')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove the key (asks for confirmation)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Read a key from stdin and check it against the site''s (exit 0 or 5)')
            [CompletionResult]::new('reseal', 'reseal', [CompletionResultType]::ParameterValue, 'Move every sealed secret from an old secret key to the current one (one transaction)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;key;generate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;key;rotate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;key;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Print the whole key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;key;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;key;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;key;reseal' {
            [CompletionResult]::new('--from-key-file', '--from-key-file', [CompletionResultType]::ParameterName, 'The key file the secrets are sealed with now')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;key;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate the site''s API key (shown once)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the key (the old one stops working; asks for confirmation)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the key, masked unless --reveal')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove the key (asks for confirmation)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Read a key from stdin and check it against the site''s (exit 0 or 5)')
            [CompletionResult]::new('reseal', 'reseal', [CompletionResultType]::ParameterValue, 'Move every sealed secret from an old secret key to the current one (one transaction)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;key;help;generate' {
            break
        }
        'sitectl;wp;key;help;rotate' {
            break
        }
        'sitectl;wp;key;help;show' {
            break
        }
        'sitectl;wp;key;help;revoke' {
            break
        }
        'sitectl;wp;key;help;verify' {
            break
        }
        'sitectl;wp;key;help;reseal' {
            break
        }
        'sitectl;wp;key;help;help' {
            break
        }
        'sitectl;wp;connect' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The WordPress site''s address')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'WordPress user name for the Application Password')
            [CompletionResult]::new('--app-password-env', '--app-password-env', [CompletionResultType]::ParameterName, 'Read the Application Password from this environment variable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--app-password-stdin', '--app-password-stdin', [CompletionResultType]::ParameterName, 'Read the Application Password from stdin')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send credentials over plain http:// to a host other than this machine (they can be read on the way; refused without this flag)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;test' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only sites of this account (repeatable)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only sites of accounts on this plan (repeatable)')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'Only sites of this industry (repeatable)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Only sites connected in this mode (repeatable)')
            [CompletionResult]::new('--sites-from', '--sites-from', [CompletionResultType]::ParameterName, 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Sites (with --all) or pages (one site) fetched at once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every connected site you may change (selectors narrow it and imply it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;disconnect' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--purge-data', '--purge-data', [CompletionResultType]::ParameterName, 'Also remove the synced mirror and the recorded inventory (asks for confirmation)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;sync' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only sites of this account (repeatable)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only sites of accounts on this plan (repeatable)')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'Only sites of this industry (repeatable)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Only sites connected in this mode (repeatable)')
            [CompletionResult]::new('--sites-from', '--sites-from', [CompletionResultType]::ParameterName, 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Sites (with --all) or pages (one site) fetched at once')
            [CompletionResult]::new('--types', '--types', [CompletionResultType]::ParameterName, 'Only these post types')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every connected site you may change (selectors narrow it and imply it)')
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'Post types and taxonomies with counts, and every term')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'Posts, pages and other public types')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Re-read all content and remove local rows whose post is gone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;publish' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only sites of this account (repeatable)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only sites of accounts on this plan (repeatable)')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'Only sites of this industry (repeatable)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Only sites connected in this mode (repeatable)')
            [CompletionResult]::new('--sites-from', '--sites-from', [CompletionResultType]::ParameterName, 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The WordPress status [default: from the editorial status: approved -> publish, review -> pending, draft -> draft]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The publication time (RFC 3339); a time to come makes the post `future`')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Items sent at once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Every approved item whose scheduled time has come, on every site you may change')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an edit made in WordPress, publish a retracted item again, take over a run that never finished, or create a new post beside one found by slug that is not this item''s')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;content' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;content;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the title or slug')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;content;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;content;help;list' {
            break
        }
        'sitectl;wp;content;help;help' {
            break
        }
        'sitectl;wp;terms' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored terms')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;terms;list' {
            [CompletionResult]::new('--taxonomy', '--taxonomy', [CompletionResultType]::ParameterName, 'taxonomy')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records with an id above this one: pass the last id of the previous page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;terms;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored terms')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;terms;help;list' {
            break
        }
        'sitectl;wp;terms;help;help' {
            break
        }
        'sitectl;wp;events' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The newest N events')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only events with an id above this one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Then print each new event as it is committed, until interrupted or the pipe closes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;inventory' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only sites of this account (repeatable)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only sites of accounts on this plan (repeatable)')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'Only sites of this industry (repeatable)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Only sites connected in this mode (repeatable)')
            [CompletionResult]::new('--sites-from', '--sites-from', [CompletionResultType]::ParameterName, 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Sites (with --all) or pages (one site) fetched at once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every connected site you may change (selectors narrow it and imply it)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Read WordPress again and record what it runs (otherwise: what was recorded)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;plugins' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded plugins, one line per site and plugin (no request)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;plugins;list' {
            [CompletionResult]::new('--below', '--below', [CompletionResultType]::ParameterName, 'Only versions older than this one (WordPress''s comparison)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status (`active` includes `network-active`)')
            [CompletionResult]::new('--plugin', '--plugin', [CompletionResultType]::ParameterName, 'Only this plugin: its slug (akismet/akismet) or its folder (akismet)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every site you can see (the default)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;plugins;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded plugins, one line per site and plugin (no request)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;plugins;help;list' {
            break
        }
        'sitectl;wp;plugins;help;help' {
            break
        }
        'sitectl;wp;themes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded themes, one line per site and theme (no request)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;themes;list' {
            [CompletionResult]::new('--below', '--below', [CompletionResultType]::ParameterName, 'Only versions older than this one (WordPress''s comparison)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status (`active` includes `network-active`)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Only this theme (its stylesheet: twentytwentythree)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every site you can see (the default)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;wp;themes;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded themes, one line per site and theme (no request)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;themes;help;list' {
            break
        }
        'sitectl;wp;themes;help;help' {
            break
        }
        'sitectl;wp;help' {
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The site API key the igny8 bridge plugin authenticates with')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect a site to WordPress and sync its structure')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Re-check a connection (exit 8 with the reason when it fails)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Mode, connection, last sync, mirror counts, last error')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Deactivate the integration and erase its credentials')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull structure and content into the local mirror (incremental by default)')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish content to its site''s WordPress: one post per item, created once, then updated')
            [CompletionResult]::new('content', 'content', [CompletionResultType]::ParameterValue, 'The mirrored posts, pages and other items')
            [CompletionResult]::new('terms', 'terms', [CompletionResultType]::ParameterValue, 'The mirrored taxonomy terms')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The log of connects, tests and syncs of a site')
            [CompletionResult]::new('inventory', 'inventory', [CompletionResultType]::ParameterValue, 'What a site''s WordPress runs: its version, the bridge plugin''s, every plugin and theme')
            [CompletionResult]::new('plugins', 'plugins', [CompletionResultType]::ParameterValue, 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`')
            [CompletionResult]::new('themes', 'themes', [CompletionResultType]::ParameterValue, 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;wp;help;key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate the site''s API key (shown once)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the key (the old one stops working; asks for confirmation)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the key, masked unless --reveal')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove the key (asks for confirmation)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Read a key from stdin and check it against the site''s (exit 0 or 5)')
            [CompletionResult]::new('reseal', 'reseal', [CompletionResultType]::ParameterValue, 'Move every sealed secret from an old secret key to the current one (one transaction)')
            break
        }
        'sitectl;wp;help;key;generate' {
            break
        }
        'sitectl;wp;help;key;rotate' {
            break
        }
        'sitectl;wp;help;key;show' {
            break
        }
        'sitectl;wp;help;key;revoke' {
            break
        }
        'sitectl;wp;help;key;verify' {
            break
        }
        'sitectl;wp;help;key;reseal' {
            break
        }
        'sitectl;wp;help;connect' {
            break
        }
        'sitectl;wp;help;test' {
            break
        }
        'sitectl;wp;help;status' {
            break
        }
        'sitectl;wp;help;disconnect' {
            break
        }
        'sitectl;wp;help;sync' {
            break
        }
        'sitectl;wp;help;publish' {
            break
        }
        'sitectl;wp;help;content' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored items')
            break
        }
        'sitectl;wp;help;content;list' {
            break
        }
        'sitectl;wp;help;terms' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored terms')
            break
        }
        'sitectl;wp;help;terms;list' {
            break
        }
        'sitectl;wp;help;events' {
            break
        }
        'sitectl;wp;help;inventory' {
            break
        }
        'sitectl;wp;help;plugins' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded plugins, one line per site and plugin (no request)')
            break
        }
        'sitectl;wp;help;plugins;list' {
            break
        }
        'sitectl;wp;help;themes' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded themes, one line per site and theme (no request)')
            break
        }
        'sitectl;wp;help;themes;list' {
            break
        }
        'sitectl;wp;help;help' {
            break
        }
        'sitectl;seed' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Validate a fixture (every problem, with positions), then apply it all in one transaction')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `seed apply` would change, object by object and field by field; changes nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a fixture of the database (or of some accounts) that `seed apply` accepts')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write a deterministic synthetic data set straight to the database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;seed;apply' {
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Read the file as CSV of this section (inferred from a name such as users.csv)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the database first when it does not exist (for CI one-liners)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;seed;diff' {
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Read the file as CSV of this section (inferred from a name such as users.csv)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when the database differs from the file (0 when it matches)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;seed;export' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to write the fixture as [default: toml, or json with --json or a json format setting]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Only this section, as CSV (with --format csv)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;seed;generate' {
            [CompletionResult]::new('--accounts', '--accounts', [CompletionResultType]::ParameterName, 'accounts')
            [CompletionResult]::new('--sites-per-account', '--sites-per-account', [CompletionResultType]::ParameterName, 'sites-per-account')
            [CompletionResult]::new('--sectors-per-site', '--sectors-per-site', [CompletionResultType]::ParameterName, 'sectors-per-site')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Same seed, same data')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the database first when it does not exist (for CI one-liners)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;seed;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Validate a fixture (every problem, with positions), then apply it all in one transaction')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `seed apply` would change, object by object and field by field; changes nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a fixture of the database (or of some accounts) that `seed apply` accepts')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write a deterministic synthetic data set straight to the database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;seed;help;apply' {
            break
        }
        'sitectl;seed;help;diff' {
            break
        }
        'sitectl;seed;help;export' {
            break
        }
        'sitectl;seed;help;generate' {
            break
        }
        'sitectl;seed;help;help' {
            break
        }
        'sitectl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit rows, oldest first (operator only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'An RFC 3339 time, or an age such as 90m, 24h, 7d')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only rows whose target starts with this text (site:acme/blog, or site:acme/ for all of acme''s sites)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only rows by this actor (an email, or "operator")')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The newest N rows')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only rows with an id above this one (the last id already read)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Then print each new row as it is committed, until interrupted or the pipe closes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit rows, oldest first (operator only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;audit;help;list' {
            break
        }
        'sitectl;audit;help;help' {
            break
        }
        'sitectl;check' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only sites of this account (repeatable)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only sites of accounts on this plan (repeatable)')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'Only sites of this industry (repeatable)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Only sites connected in this mode (repeatable)')
            [CompletionResult]::new('--sites-from', '--sites-from', [CompletionResultType]::ParameterName, 'Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or ACCOUNT/SLUG; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--warn-sync-age', '--warn-sync-age', [CompletionResultType]::ParameterName, 'A sync older than this is a warning (s, m, h, d: 90m, 24h, 2d)')
            [CompletionResult]::new('--crit-sync-age', '--crit-sync-age', [CompletionResultType]::ParameterName, 'A sync older than this is critical')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'How late a scheduled publication may be before it is missed')
            [CompletionResult]::new('--openmetrics', '--openmetrics', [CompletionResultType]::ParameterName, 'Write OpenMetrics text to PATH (replaced atomically) or to stdout (`-`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--nagios', '--nagios', [CompletionResultType]::ParameterName, 'Print one Nagios status line with performance data, then the first findings')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (with the embedded industry taxonomy) if it does not exist')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Path, schema version, journal mode, sizes and row counts')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Bring the schema up to date (every command also does this on open)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;db;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;db;info' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;db;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;db;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The database to write: a file path or a postgres:// URL')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The database to read (default: --db / SITECTL_DB / the profile''s db)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Overwrite a target that already holds tenant rows')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;db;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (with the embedded industry taxonomy) if it does not exist')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Path, schema version, journal mode, sizes and row counts')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Bring the schema up to date (every command also does this on open)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;db;help;init' {
            break
        }
        'sitectl;db;help;info' {
            break
        }
        'sitectl;db;help;doctor' {
            break
        }
        'sitectl;db;help;copy' {
            break
        }
        'sitectl;db;help;migrate' {
            break
        }
        'sitectl;db;help;help' {
            break
        }
        'sitectl;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (does not open the database)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (does not open the database)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;config;help;show' {
            break
        }
        'sitectl;config;help;help' {
            break
        }
        'sitectl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Where to write sitectl.1 and one page per subcommand')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user: the product''s visibility and permission rules apply [env: SITECTL_AS]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout [env: SITECTL_FORMAT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (comma-separated), in this order')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--porcelain', '--porcelain', [CompletionResultType]::ParameterName, 'Create/update commands print only the id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: SITECTL_NO_INPUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a mutating command would do, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less narration on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More narration on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sitectl;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Subscription plans and their limits')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Accounts (tenants)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of accounts')
            [CompletionResult]::new('industry', 'industry', [CompletionResultType]::ParameterValue, 'The industry/sector taxonomy')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Sites: create, list, show, update, activate, delete')
            [CompletionResult]::new('sectors', 'sectors', [CompletionResultType]::ParameterValue, 'A site''s industry sectors, within the plan''s limit')
            [CompletionResult]::new('content', 'content', [CompletionResultType]::ParameterValue, 'The writer''s content, by site and sector: create, review, approve, schedule')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Grants of sites to editors and viewers')
            [CompletionResult]::new('wp', 'wp', [CompletionResultType]::ParameterValue, 'WordPress: API key, connect, test, sync, and the local mirror')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Declarative fixtures: apply, export, generate')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'What is wrong across the fleet: findings, Nagios and OpenMetrics output')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database file: create, inspect, migrate')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Effective settings')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sitectl;help;plan' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan and how many accounts use it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a plan''s name, limits or availability')
            break
        }
        'sitectl;help;plan;create' {
            break
        }
        'sitectl;help;plan;list' {
            break
        }
        'sitectl;help;plan;show' {
            break
        }
        'sitectl;help;plan;update' {
            break
        }
        'sitectl;help;account' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account with its owner (the owner user is created when missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account with its usage of the plan''s limits')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an account')
            [CompletionResult]::new('set-plan', 'set-plan', [CompletionResultType]::ParameterValue, 'Move an account to another plan (smaller limits keep what exists and block growth)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an account: its users can do nothing until it is reactivated')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended or cancelled account')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an account')
            break
        }
        'sitectl;help;account;create' {
            break
        }
        'sitectl;help;account;list' {
            break
        }
        'sitectl;help;account;show' {
            break
        }
        'sitectl;help;account;update' {
            break
        }
        'sitectl;help;account;set-plan' {
            break
        }
        'sitectl;help;account;suspend' {
            break
        }
        'sitectl;help;account;reactivate' {
            break
        }
        'sitectl;help;account;cancel' {
            break
        }
        'sitectl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to an account (within the plan''s max_users)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a user''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user and their site grants')
            break
        }
        'sitectl;help;user;add' {
            break
        }
        'sitectl;help;user;list' {
            break
        }
        'sitectl;help;user;show' {
            break
        }
        'sitectl;help;user;set-role' {
            break
        }
        'sitectl;help;user;remove' {
            break
        }
        'sitectl;help;industry' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List industries with their number of active sectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an industry and its sectors')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update industries and sectors from a taxonomy file (operator only)')
            break
        }
        'sitectl;help;industry;list' {
            break
        }
        'sitectl;help;industry;show' {
            break
        }
        'sitectl;help;industry;import' {
            break
        }
        'sitectl;help;site' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site (in the acting user''s account, or --account for the operator)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sites the acting user can see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of a site, its sectors, grants and plan usage')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a site''s fields (never its account)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a site (other sites are untouched)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a site')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Soft-delete a site (restorable)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a soft-deleted site')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove a soft-deleted site for good, with its sectors and grants (operator only)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'The unauthenticated public read by slug (ignores --as)')
            break
        }
        'sitectl;help;site;create' {
            break
        }
        'sitectl;help;site;list' {
            break
        }
        'sitectl;help;site;show' {
            break
        }
        'sitectl;help;site;update' {
            break
        }
        'sitectl;help;site;activate' {
            break
        }
        'sitectl;help;site;deactivate' {
            break
        }
        'sitectl;help;site;delete' {
            break
        }
        'sitectl;help;site;restore' {
            break
        }
        'sitectl;help;site;purge' {
            break
        }
        'sitectl;help;site;public' {
            break
        }
        'sitectl;help;sectors' {
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Set a site''s industry and exactly these sectors (within the plan''s limit)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a site''s active sectors (--all adds inactive ones)')
            break
        }
        'sitectl;help;sectors;select' {
            break
        }
        'sitectl;help;sectors;list' {
            break
        }
        'sitectl;help;content' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create content on a site, in one of the site''s active sectors')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the content the acting user can see (of one site, or of all)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a piece of content, its body and where it was published')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a piece of content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Send a draft to review')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve content in review (approved content can be published)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Take content back to draft')
            [CompletionResult]::new('retract', 'retract', [CompletionResultType]::ParameterValue, 'Move the content''s post to WordPress''s trash and mark it retracted (deleted content too)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule approved content for `wp publish --due`')
            break
        }
        'sitectl;help;content;create' {
            break
        }
        'sitectl;help;content;list' {
            break
        }
        'sitectl;help;content;show' {
            break
        }
        'sitectl;help;content;update' {
            break
        }
        'sitectl;help;content;delete' {
            break
        }
        'sitectl;help;content;review' {
            break
        }
        'sitectl;help;content;approve' {
            break
        }
        'sitectl;help;content;reopen' {
            break
        }
        'sitectl;help;content;retract' {
            break
        }
        'sitectl;help;content;schedule' {
            break
        }
        'sitectl;help;access' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a user of the site''s account see (and, as editor, change) the site')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a grant back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants of a site, of a user, or all you may see')
            break
        }
        'sitectl;help;access;grant' {
            break
        }
        'sitectl;help;access;revoke' {
            break
        }
        'sitectl;help;access;list' {
            break
        }
        'sitectl;help;wp' {
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The site API key the igny8 bridge plugin authenticates with')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect a site to WordPress and sync its structure')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Re-check a connection (exit 8 with the reason when it fails)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Mode, connection, last sync, mirror counts, last error')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Deactivate the integration and erase its credentials')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull structure and content into the local mirror (incremental by default)')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish content to its site''s WordPress: one post per item, created once, then updated')
            [CompletionResult]::new('content', 'content', [CompletionResultType]::ParameterValue, 'The mirrored posts, pages and other items')
            [CompletionResult]::new('terms', 'terms', [CompletionResultType]::ParameterValue, 'The mirrored taxonomy terms')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The log of connects, tests and syncs of a site')
            [CompletionResult]::new('inventory', 'inventory', [CompletionResultType]::ParameterValue, 'What a site''s WordPress runs: its version, the bridge plugin''s, every plugin and theme')
            [CompletionResult]::new('plugins', 'plugins', [CompletionResultType]::ParameterValue, 'The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`')
            [CompletionResult]::new('themes', 'themes', [CompletionResultType]::ParameterValue, 'The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`')
            break
        }
        'sitectl;help;wp;key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate the site''s API key (shown once)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the key (the old one stops working; asks for confirmation)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the key, masked unless --reveal')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove the key (asks for confirmation)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Read a key from stdin and check it against the site''s (exit 0 or 5)')
            [CompletionResult]::new('reseal', 'reseal', [CompletionResultType]::ParameterValue, 'Move every sealed secret from an old secret key to the current one (one transaction)')
            break
        }
        'sitectl;help;wp;key;generate' {
            break
        }
        'sitectl;help;wp;key;rotate' {
            break
        }
        'sitectl;help;wp;key;show' {
            break
        }
        'sitectl;help;wp;key;revoke' {
            break
        }
        'sitectl;help;wp;key;verify' {
            break
        }
        'sitectl;help;wp;key;reseal' {
            break
        }
        'sitectl;help;wp;connect' {
            break
        }
        'sitectl;help;wp;test' {
            break
        }
        'sitectl;help;wp;status' {
            break
        }
        'sitectl;help;wp;disconnect' {
            break
        }
        'sitectl;help;wp;sync' {
            break
        }
        'sitectl;help;wp;publish' {
            break
        }
        'sitectl;help;wp;content' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored items')
            break
        }
        'sitectl;help;wp;content;list' {
            break
        }
        'sitectl;help;wp;terms' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mirrored terms')
            break
        }
        'sitectl;help;wp;terms;list' {
            break
        }
        'sitectl;help;wp;events' {
            break
        }
        'sitectl;help;wp;inventory' {
            break
        }
        'sitectl;help;wp;plugins' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded plugins, one line per site and plugin (no request)')
            break
        }
        'sitectl;help;wp;plugins;list' {
            break
        }
        'sitectl;help;wp;themes' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recorded themes, one line per site and theme (no request)')
            break
        }
        'sitectl;help;wp;themes;list' {
            break
        }
        'sitectl;help;seed' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Validate a fixture (every problem, with positions), then apply it all in one transaction')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `seed apply` would change, object by object and field by field; changes nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a fixture of the database (or of some accounts) that `seed apply` accepts')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write a deterministic synthetic data set straight to the database')
            break
        }
        'sitectl;help;seed;apply' {
            break
        }
        'sitectl;help;seed;diff' {
            break
        }
        'sitectl;help;seed;export' {
            break
        }
        'sitectl;help;seed;generate' {
            break
        }
        'sitectl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit rows, oldest first (operator only)')
            break
        }
        'sitectl;help;audit;list' {
            break
        }
        'sitectl;help;check' {
            break
        }
        'sitectl;help;db' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (with the embedded industry taxonomy) if it does not exist')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Path, schema version, journal mode, sizes and row counts')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Bring the schema up to date (every command also does this on open)')
            break
        }
        'sitectl;help;db;init' {
            break
        }
        'sitectl;help;db;info' {
            break
        }
        'sitectl;help;db;doctor' {
            break
        }
        'sitectl;help;db;copy' {
            break
        }
        'sitectl;help;db;migrate' {
            break
        }
        'sitectl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (does not open the database)')
            break
        }
        'sitectl;help;config;show' {
            break
        }
        'sitectl;help;completions' {
            break
        }
        'sitectl;help;man' {
            break
        }
        'sitectl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
