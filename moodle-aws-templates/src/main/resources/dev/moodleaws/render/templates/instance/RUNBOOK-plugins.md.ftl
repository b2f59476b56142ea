## Plugins

<#if plugins?has_content>
Every node installs these plugins into its code right after fetching it, before anything touches the
database (`/usr/local/lib/moodle-aws/install-plugins.sh`, logged as `plugin <component>: ...`):

<#list plugins as p>
- `${p.component}`: ${p.kind} `${p.from}` at `${p.pin}`
</#list>

Each goes into the folder `lib/components.json` of the code gives its type (under `public/` from
Moodle 5.1). The script checks each `version.php` against the code's Moodle version (`requires`,
`supported`) and stops the boot with a line naming the plugin when it does not fit; the stable node
then never installs or upgrades anything.
<#else>
The descriptor declares no plugins beyond Moodle's standard ones.
</#if>

- **Add** a plugin: add it under `moodle.plugins` with `component` and a pinned source (`git` with
  `ref`, the commit; or `zip`/`s3` with `sha256`), run `plan`, then `deploy`. The new stable node
  installs it into the code, `upgrade.php` installs its tables in maintenance mode, and the web fleet
  rolls onto the same set.
- **Upgrade** a plugin: change its `ref` (or `zip`/`s3` and `sha256`) to the new release, `plan`,
  `deploy`. A release whose `requires` is newer than the site's Moodle stops the stable node's boot
  (`plugin <component>: requires Moodle ...`) before the database is touched: pin a release that fits.
- **Remove** a plugin: uninstall it first while it is still in the descriptor, on the stable node:

      sudo -u ${webUser} php ${cliDir}/uninstall_plugins.php --plugins=<component> --run

  then delete it from `moodle.plugins` and deploy. Nothing refuses the removal yet: a plugin removed
  without uninstalling stays in the database with its code gone (`uninstall_plugins.php --show-missing`
  lists it); put the entry back and uninstall it, or drop its data with
  `uninstall_plugins.php --purge-missing --run` there.
