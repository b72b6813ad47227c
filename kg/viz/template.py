"""The Jinja template of graph.html (a Python string so it ships with the package).

pyvis renders it (``Network.template``) with ``nodes``, ``edges``, ``options``
and ``heading``; the rest comes in as template globals. Autoescaping is on:
every string from the texts is HTML-escaped, and the data goes in as JSON with
``<``, ``>`` and ``&`` escaped (filter ``script_json``), so no text can close
the script element. vis-network's JS and CSS are inlined from the pyvis
package: the page makes no network request.
"""

TEMPLATE = r"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{{ heading }}</title>
<style>{{ vis_css|safe }}</style>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
  body { display: flex; flex-direction: column; }
  header { padding: 6px 12px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 6px 18px;
           align-items: center; }
  header h1 { font-size: 16px; margin: 0; font-weight: 600; }
  #kg-main { flex: 1; display: flex; min-height: 0; }
  #kg-network { flex: 1; min-width: 0; background: #fff; }
  aside { width: 250px; padding: 8px 12px; border-left: 1px solid #ddd; overflow-y: auto; }
  aside h2 { font-size: 13px; margin: 10px 0 4px; text-transform: uppercase; color: #666; }
  #kg-search { width: 100%; box-sizing: border-box; padding: 4px 6px; font: inherit; }
  #kg-matches { list-style: none; padding: 0; margin: 4px 0; }
  #kg-matches li { cursor: pointer; padding: 1px 0; color: #1a5fb4; }
  .kg-legend label { display: flex; align-items: center; gap: 6px; cursor: pointer; padding: 1px 0; }
  .kg-swatch { width: 12px; height: 12px; display: inline-block; border: 1px solid #555; }
  .kg-swatch.dot { border-radius: 50%; } .kg-swatch.diamond { transform: rotate(45deg) scale(.8); }
  .kg-swatch.triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); border: 0; }
  .kg-swatch.star { clip-path: polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%);
                    border: 0; }
  .kg-edges span { display: inline-block; width: 18px; height: 3px; vertical-align: middle; margin-right: 6px; }
  #kg-banner { background: #fff3cd; border: 1px solid #e0c96b; padding: 2px 8px; border-radius: 3px; }
  #kg-status { color: #666; }
  div.vis-tooltip { white-space: pre-wrap; max-width: 520px; font: 13px/1.35 system-ui, sans-serif; }
</style>
</head>
<body>
<header>
  <h1>{{ heading }}</h1>
  <span id="kg-summary">{{ summary }}</span>
  {% if banner %}<span id="kg-banner">{{ banner }}</span>{% endif %}
  <span id="kg-status">drawing…</span>
</header>
<div id="kg-main">
  <div id="kg-network"></div>
  <aside>
    <h2>Search</h2>
    <input id="kg-search" type="search" placeholder="name …" autocomplete="off" aria-label="search by name">
    <div id="kg-search-count"></div>
    <ul id="kg-matches"></ul>
    <h2>Classes</h2>
    <div class="kg-legend" id="kg-legend">
    {% for item in legend %}
      <label><input type="checkbox" checked data-cls="{{ item.cls }}">
        <span class="kg-swatch {{ item.shape }}" style="background: {{ item.color }}"></span>
        {{ item.cls }} <span class="kg-count">({{ item.count }})</span></label>
    {% endfor %}
    </div>
    <h2>Edges</h2>
    <div class="kg-edges">
    {% for item in edge_legend %}
      <div><span style="background: {{ item.color }}"></span>{{ item.kind }}</div>
    {% endfor %}
    </div>
    <h2>Size</h2>
    <div>node size: PageRank in the entity graph</div>
  </aside>
</div>
<script type="application/json" id="kg-data">{"nodes": {{ nodes|script_json }}, "edges": {{ edges|script_json }},
"options": {{ options|safe }}}</script>
<script>{{ vis_js|safe }}</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var status = document.getElementById("kg-status");
  var kg = window.kg = {nodes: nodes, edges: edges, ready: false, stabilizedMs: null, iterations: null};
  var network = kg.network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);

  function done(iterations) {
    if (kg.ready) return;
    network.setOptions({physics: {enabled: false}});
    network.once("afterDrawing", function () {
      kg.ready = true;
      kg.stabilizedMs = Math.round(performance.now());
      kg.iterations = iterations;
      status.textContent = "";
    });
    network.redraw();
  }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "layout " + Math.round(100 * p.iterations / p.total) + " %";
  });
  network.once("stabilizationIterationsDone", function () { done(null); });
  network.once("stabilized", function (p) { done(p && p.iterations); });
  if (nodes.length === 0 || !data.options.physics || data.options.physics.enabled === false) done(0);

  // filter by class
  var hiddenClasses = {};
  document.getElementById("kg-legend").addEventListener("change", function (ev) {
    var cls = ev.target.getAttribute("data-cls");
    if (!cls) return;
    hiddenClasses[cls] = !ev.target.checked;
    nodes.update(nodes.get({filter: function (n) { return n.cls === cls; }, fields: ["id"]})
      .map(function (n) { return {id: n.id, hidden: !ev.target.checked}; }));
    search();
  });

  // search by name (label and other names)
  var input = document.getElementById("kg-search");
  var count = document.getElementById("kg-search-count");
  var list = document.getElementById("kg-matches");
  function search() {
    var q = input.value.trim().toLocaleLowerCase();
    list.textContent = "";
    if (!q) { count.textContent = ""; network.unselectAll(); kg.matches = []; return; }
    var hits = nodes.get({filter: function (n) { return !n.hidden && n.search.indexOf(q) !== -1; },
                          fields: ["id", "label", "cls"]});
    kg.matches = hits.map(function (n) { return n.id; });
    count.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
    network.selectNodes(kg.matches, false);
    hits.slice(0, 30).forEach(function (n) {
      var li = document.createElement("li");
      li.textContent = n.label + " (" + n.cls + ")";
      li.addEventListener("click", function () { network.focus(n.id, {scale: 1.2}); network.selectNodes([n.id]); });
      list.appendChild(li);
    });
    if (hits.length > 0 && hits.length <= 30) network.fit({nodes: kg.matches, animation: false});
  }
  input.addEventListener("input", search);
  kg.search = function (q) { input.value = q; search(); return kg.matches.length; };
})();
</script>
</body>
</html>
"""
