<#-- The deployment as a Mermaid flowchart. Labels come escaped for Mermaid from DiagramViews. -->
flowchart LR
<#list nodes as x>
<#if x.outside>
  ${x.id}${x.open()}"${x.label}"${x.close()}
</#if>
</#list>
  subgraph vpc["${vpc}"]
    subgraph public["${publicBox}"]
<#list nodes as x>
<#if x.inPublic>
      ${x.id}${x.open()}"${x.label}"${x.close()}
</#if>
</#list>
    end
    subgraph private["${privateBox}"]
<#list nodes as x>
<#if !x.inPublic && !x.outside>
      ${x.id}${x.open()}"${x.label}"${x.close()}
</#if>
</#list>
    end
  end
<#list edges as e>
  ${e.from} <#if e.dashed>-.-><#else>--></#if>|"${e.label}"| ${e.to}
</#list>
