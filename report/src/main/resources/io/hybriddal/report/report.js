// Progressive enhancement only: the page is complete without it (every listed object shows).
// For each object table it adds a filter box (all listed rows, not only the visible page),
// sorting by column (a click on the header; numbers and sizes by value, via data-sort) and
// paging. A link to an object on another page turns to that page. No network, no other script;
// errors are recorded by the handler installed in <head>.
(function () {
  var PAGE_SIZES = [25, 50, 100, 0]; // 0: all
  var tables = [];

  function cellValue(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ''; }
    var sort = cell.getAttribute('data-sort');
    return sort !== null ? sort : cell.textContent;
  }

  function isNumeric(rows, column) {
    var seen = false;
    for (var r = 0; r < rows.length; r++) {
      var v = cellValue(rows[r], column).trim();
      if (v === '') { continue; }
      if (!isFinite(Number(v))) { return false; }
      seen = true;
    }
    return seen;
  }

  function enhance(table) {
    var body = table.tBodies[0];
    var all = Array.prototype.slice.call(body.rows);
    var state = { rows: all, shown: all, page: 0, size: PAGE_SIZES[0], column: -1, descending: false };
    var scroll = table.parentNode;

    var tools = document.createElement('div');
    tools.className = 'table-tools';
    var input = document.createElement('input');
    input.type = 'search';
    input.className = 'filter';
    input.placeholder = 'filter these ' + all.length + ' objects';
    input.setAttribute('aria-label', 'filter the objects of ' + table.getAttribute('data-hybrid'));
    var count = document.createElement('span');
    count.className = 'count';
    var previous = document.createElement('button');
    previous.type = 'button';
    previous.textContent = '\u2039 previous';
    var next = document.createElement('button');
    next.type = 'button';
    next.textContent = 'next \u203a';
    var size = document.createElement('select');
    size.setAttribute('aria-label', 'rows per page');
    for (var s = 0; s < PAGE_SIZES.length; s++) {
      var option = document.createElement('option');
      option.value = String(PAGE_SIZES[s]);
      option.textContent = PAGE_SIZES[s] === 0 ? 'all rows' : PAGE_SIZES[s] + ' per page';
      size.appendChild(option);
    }
    tools.appendChild(input);
    tools.appendChild(previous);
    tools.appendChild(count);
    tools.appendChild(next);
    tools.appendChild(size);
    scroll.parentNode.insertBefore(tools, scroll);

    function pages() {
      return state.size === 0 ? 1 : Math.max(1, Math.ceil(state.shown.length / state.size));
    }

    function render() {
      var from = state.size === 0 ? 0 : state.page * state.size;
      var to = state.size === 0 ? state.shown.length : Math.min(state.shown.length, from + state.size);
      var visible = {};
      for (var i = from; i < to; i++) { visible[state.shown[i].id] = true; }
      var fragment = document.createDocumentFragment();
      var placed = {};
      for (var r = 0; r < state.shown.length; r++) { fragment.appendChild(state.shown[r]); placed[state.shown[r].id] = true; }
      for (var h = 0; h < state.rows.length; h++) {
        if (!placed[state.rows[h].id]) { fragment.appendChild(state.rows[h]); }
      }
      body.appendChild(fragment);
      for (var a = 0; a < all.length; a++) { all[a].style.display = visible[all[a].id] ? '' : 'none'; }
      count.textContent = state.shown.length === 0 ? 'no match'
        : (from + 1) + '\u2013' + to + ' of ' + state.shown.length
          + (state.shown.length < all.length ? ' (filtered from ' + all.length + ')' : '');
      previous.disabled = state.page === 0;
      next.disabled = state.page >= pages() - 1;
    }

    function filter() {
      var needle = input.value.toLowerCase();
      state.shown = needle === '' ? state.rows.slice() : state.rows.filter(function (row) {
        return (row.id + ' ' + row.textContent).toLowerCase().indexOf(needle) >= 0;
      });
      state.page = 0;
      render();
    }

    function sortBy(column, header) {
      state.descending = state.column === column ? !state.descending : false;
      state.column = column;
      var numeric = isNumeric(all, column);
      var sign = state.descending ? -1 : 1;
      state.rows = all.slice().sort(function (x, y) {
        var a = cellValue(x, column).trim();
        var b = cellValue(y, column).trim();
        if (a === '' || b === '') { return a === b ? 0 : a === '' ? 1 : -1; } // empty cells last
        var c = numeric ? Number(a) - Number(b) : a.localeCompare(b, undefined, { numeric: true });
        return sign * c;
      });
      var headers = header.parentNode.cells;
      for (var h = 0; h < headers.length; h++) { headers[h].removeAttribute('aria-sort'); }
      header.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
      filter();
    }

    var headers = table.tHead.rows[0].cells;
    for (var c = 0; c < headers.length; c++) {
      (function (column, header) {
        header.className += ' sortable';
        header.tabIndex = 0;
        header.addEventListener('click', function () { sortBy(column, header); });
        header.addEventListener('keydown', function (e) {
          if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(column, header); }
        });
      })(c, headers[c]);
    }
    input.addEventListener('input', filter);
    previous.addEventListener('click', function () { state.page = Math.max(0, state.page - 1); render(); });
    next.addEventListener('click', function () { state.page = Math.min(pages() - 1, state.page + 1); render(); });
    size.addEventListener('change', function () { state.size = Number(size.value); state.page = 0; render(); });

    // turns to the page holding row `id`; false when the table does not list it
    function reveal(id) {
      var row = document.getElementById(id);
      if (!row || row.parentNode !== body) { return false; }
      if (state.shown.indexOf(row) < 0) { input.value = ''; state.shown = state.rows.slice(); }
      state.page = state.size === 0 ? 0 : Math.floor(state.shown.indexOf(row) / state.size);
      render();
      return true;
    }

    render();
    return reveal;
  }

  var tableElements = document.querySelectorAll('table.objects');
  for (var i = 0; i < tableElements.length; i++) { tables.push(enhance(tableElements[i])); }

  function showTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf('obj-') !== 0) { return; }
    for (var t = 0; t < tables.length; t++) {
      if (tables[t](id)) {
        var row = document.getElementById(id);
        if (row && row.scrollIntoView) { row.scrollIntoView({ block: 'center' }); }
        return;
      }
    }
  }
  window.addEventListener('hashchange', showTarget);
  showTarget();
  document.documentElement.setAttribute('data-report-ready', 'true');
})();
