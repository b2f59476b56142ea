## Plugins

<#if plugins?has_content>
Every node installs these plugins into its code right after fetching it, before anything touches the
database (`/usr/local/lib/moodle-aws/install-plugins.sh`, logged as `plugin <component>: ...`):

<#list plugins as p>
- `${p.component}`: ${p.kind} `${p.from}` at `${p.pin}`
</#list>

A git plugin's ref is pinned to the commit it pointed at when the stack was last deployed: the stack
parameter `PluginVersions` holds `component=commit` (and `component=sha256` of each archive), so a
node that boots later fetches that same commit however the branch or tag moved since.

Each goes into the folder `lib/components.json` of the code gives its type (under `public/` from
Moodle 5.1). The script checks each `version.php` against the code's Moodle version (`requires`,
`supported`) and stops the boot with a line naming the plugin when it does not fit; the stable node
then never installs or upgrades anything.
<#else>
The descriptor declares no plugins beyond Moodle's standard ones.
</#if>

- **Add** a plugin: add it under `moodle.plugins` with `component` and a source (`git` with `ref`, a
  branch, tag or commit; or `zip`/`s3` with `sha256`), run `plan` (it lists the plugin as added, at
  the commit it pins), then `deploy`. The new stable node
  installs it into the code, `upgrade.php` installs its tables in maintenance mode, and the web fleet
  rolls onto the same set.
- **Upgrade** a plugin: change its `ref` (or `zip`/`s3` and `sha256`) to the new release, or let its
  branch move, then `plan` (it lists the old and the new commit) and `deploy`. A release whose `requires` is newer than the site's Moodle stops the stable node's boot
  (`plugin <component>: requires Moodle ...`) before the database is touched: pin a release that fits.
- **Remove** a plugin: uninstall it first while it is still in the descriptor, on the stable node:

      sudo -u ${webUser} php ${cliDir}/uninstall_plugins.php --plugins=<component> --run

  then delete it from `moodle.plugins` and deploy with `-Dmoodle-aws.allowReplacement=<component>`.
  Without that, `plan` fails and `deploy` refuses before changing anything. A plugin removed without
  uninstalling stays in the database with its code gone (`uninstall_plugins.php --show-missing`
  lists it); put the entry back and uninstall it, or drop its data with
  `uninstall_plugins.php --purge-missing --run` there.
