// Progressive enhancement only: the page is complete without it. Adds a filter box above each
// object table and marks the page ready; errors are recorded by the handler installed in <head>.
(function () {
  var tables = document.querySelectorAll('table.objects');
  for (var i = 0; i < tables.length; i++) {
    (function (table) {
      var input = document.createElement('input');
      input.type = 'search';
      input.className = 'filter';
      input.placeholder = 'filter these objects';
      input.addEventListener('input', function () {
        var needle = input.value.toLowerCase();
        var rows = table.tBodies[0].rows;
        for (var r = 0; r < rows.length; r++) {
          rows[r].style.display = rows[r].textContent.toLowerCase().indexOf(needle) >= 0 ? '' : 'none';
        }
      });
      table.parentNode.parentNode.insertBefore(input, table.parentNode);
    })(tables[i]);
  }
  document.documentElement.setAttribute('data-report-ready', 'true');
})();
