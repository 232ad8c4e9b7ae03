// Desa Sadar: charts drawn from tables, so that every chart has its table beside it (the table is the data) and
// no page needs an inline script (Content-Security-Policy).
//
// A <table data-chart="bar|doughnut|line"> gets a chart above it, drawn from its own body rows:
// - labels: the first column's text (the text of its link, where it has one);
// - one series per column whose cells carry data-chart-value="1234" (the raw number; the cell shows it
//   formatted), named by that column's header;
// - a click on a bar, slice or point follows the link in the first cell of its row, if there is one.
// Only pages with such a table load this script and Chart.js (a WebJar) before it, both deferred
// (templates/fragments/charts.html).
(function () {
  "use strict";

  var tables = document.querySelectorAll("table[data-chart]");
  if (tables.length === 0 || !window.Chart) {
    return;
  }

  function cellsOf(row) {
    return Array.prototype.slice.call(row.cells);
  }

  function labelOf(row) {
    var first = row.cells[0];
    if (!first) {
      return "";
    }
    var link = first.querySelector("a");
    return (link || first).textContent.trim();
  }

  function linkOf(row) {
    var link = row.cells[0] && row.cells[0].querySelector("a[href]");
    return link ? link.href : null;
  }

  // The chart's accessible name: the table's caption, else its aria-label, else the heading of its section.
  function nameOf(table) {
    if (table.caption && table.caption.textContent.trim()) {
      return table.caption.textContent.trim();
    }
    if (table.getAttribute("aria-label")) {
      return table.getAttribute("aria-label");
    }
    var section = table.closest("section");
    var heading = section && section.querySelector("h1, h2, h3, h4");
    return heading ? heading.textContent.trim() : document.title;
  }

  // A long label (an event's name) on lines of about 16 characters, so that a phone's axis does not cut it.
  function wrapped(label) {
    var lines = [];
    String(label).split(/\s+/).forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + " " + word).length <= 16) {
        lines[last] += " " + word;
      } else {
        lines.push(word);
      }
    });
    return lines.length > 1 ? lines : label;
  }

  function categoryAxis(axis) {
    var scales = {};
    scales[axis] = { ticks: { autoSkip: false, callback: function (value) { return wrapped(this.getLabelForValue(value)); } } };
    return scales;
  }

  function draw(table) {
    var kind = table.getAttribute("data-chart");
    var rows = table.tBodies.length ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
    var header = table.tHead && table.tHead.rows[0];
    var columns = [];
    rows.forEach(function (row) {
      cellsOf(row).forEach(function (cell, index) {
        if (cell.hasAttribute("data-chart-value") && columns.indexOf(index) < 0) {
          columns.push(index);
        }
      });
    });
    columns.sort(function (a, b) { return a - b; });
    if (rows.length === 0 || columns.length === 0) {
      return;
    }
    var links = rows.map(linkOf);
    var datasets = columns.map(function (index) {
      return {
        label: header && header.cells[index] ? header.cells[index].textContent.trim() : "",
        data: rows.map(function (row) {
          var cell = row.cells[index];
          var value = cell ? cell.getAttribute("data-chart-value") : null;
          return value === null || value === "" ? null : Number(value);
        })
      };
    });
    // Many bars read better lying down, one line each.
    var horizontal = kind === "bar" && rows.length > 8;

    var box = document.createElement("div");
    box.className = "chart-box chart-" + kind;
    if (horizontal) {
      box.style.height = Math.max(16, rows.length * columns.length * 1.1 + 4) + "rem";
    }
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", nameOf(table));
    if (table.id) {
      canvas.id = table.id + "-chart";
    }
    box.appendChild(canvas);
    var anchor = table.closest(".table-responsive") || table;
    anchor.parentNode.insertBefore(box, anchor);

    new window.Chart(canvas, {
      type: kind,
      data: { labels: rows.map(labelOf), datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: horizontal ? "y" : "x",
        scales: kind === "bar" ? categoryAxis(horizontal ? "y" : "x") : undefined,
        onClick: function (event, elements) {
          var link = elements.length ? links[elements[0].index] : null;
          if (link) {
            window.location.assign(link);
          }
        },
        onHover: function (event, elements) {
          var linked = elements.length && links[elements[0].index];
          event.native.target.style.cursor = linked ? "pointer" : "default";
        }
      }
    });
  }

  Array.prototype.forEach.call(tables, draw);
})();
