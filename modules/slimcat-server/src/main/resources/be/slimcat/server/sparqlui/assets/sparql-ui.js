// SPDX-License-Identifier: Apache-2.0
// SlimCat's SPARQL UI: YASGUI querying this server's SPARQL endpoint, with the example queries and
// links of the form /sparql-ui/?query=<url-encoded SPARQL>[&title=<tab name>], which open a tab with the
// query and run it. Settings come from the page's data- attributes.
(function () {
  "use strict";

  var root = document.getElementById("yasgui");
  var select = document.getElementById("example");
  var endpoint = new URL(root.dataset.endpoint, window.location.href).href;

  // Only completions that need no other server: prefixes from this server, variables from the query.
  // The class and property completions ask LOV (lov.linkeddata.es), so they are left out.
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
    return name !== "class" && name !== "property";
  });

  var parameters = new URLSearchParams(window.location.search);
  var asked = parameters.get("query");
  var requestConfig = Object.assign({}, Yasgui.defaults.requestConfig, { endpoint: endpoint, method: "POST" });
  var yasgui = new Yasgui(root, {
    requestConfig: requestConfig,
    copyEndpointOnNewTab: false,
    populateFromUrl: false,
    autoAddOnInit: !asked,
    persistenceId: "slimcat-sparql-ui",
    yasqe: Object.assign({}, Yasgui.defaults.yasqe, {
      prefixCcApi: new URL(root.dataset.prefixes, window.location.href).href,
      requestConfig: requestConfig
    }),
    endpointCatalogueOptions: Object.assign({}, Yasgui.defaults.endpointCatalogueOptions, {
      getData: function () { return [{ endpoint: endpoint }]; }
    })
  });
  window.slimcatYasgui = yasgui;

  /** Opens the query in a tab of its own (or the tab that already holds it) and makes it the active tab. */
  function open(name, query) {
    return yasgui.addTab(true, { name: name, yasqe: { value: query }, requestConfig: requestConfig },
      { avoidDuplicateTabs: true });
  }

  if (asked) {
    open(parameters.get("title") || root.dataset.linkedTabName, asked);
    var tab = yasgui.getTab();
    if (tab) {
      tab.query().catch(function () { /* YASR shows the error */ });
    }
  }

  fetch(select.dataset.examples, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + response.statusText); }
      return response.json();
    })
    .then(function (examples) {
      examples.forEach(function (example) {
        var option = document.createElement("option");
        option.value = example.name;
        option.textContent = example.title;
        select.appendChild(option);
      });
      select.disabled = false;
      select.addEventListener("change", function () {
        var chosen = examples.filter(function (example) { return example.name === select.value; })[0];
        if (chosen) {
          open(chosen.name, chosen.query);
        }
      });
    })
    .catch(function (error) {
      select.title = "The examples could not be loaded: " + error.message;
    });
})();
