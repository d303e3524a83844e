// diplotimeline timeline page (format diplotimeline-page/1; see diplotimeline/io/html.py).
// Reads the JSON of <script id="dt-data"> and draws it. Every piece of text goes into the
// page through textContent, never as markup. No network, no framework.
(() => {
  "use strict";

  const DAY_MS = 86400000;
  const ROW_HEIGHT = 26;
  const LANE_PADDING = 6;
  const DOT_SIZE = 12;
  const EDGE = 24;
  const LABEL_MAX = 260;
  const MIN_TICK_SPACING = 84;
  const MIN_VIEW_DAYS = 0.5;
  const MAX_VIEW_DAYS = 366 * 3000;
  const MAX_TICKS = 400;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const STEPS = [
    { unit: "day", n: 1, days: 1 },
    { unit: "day", n: 2, days: 2 },
    { unit: "day", n: 7, days: 7 },
    { unit: "month", n: 1, days: 30.44 },
    { unit: "month", n: 3, days: 91.3 },
    { unit: "month", n: 6, days: 182.6 },
    { unit: "year", n: 1, days: 365.25 },
    { unit: "year", n: 2, days: 730.5 },
    { unit: "year", n: 5, days: 1826 },
    { unit: "year", n: 10, days: 3652 },
    { unit: "year", n: 25, days: 9131 },
    { unit: "year", n: 50, days: 18262 },
    { unit: "year", n: 100, days: 36525 },
    { unit: "year", n: 250, days: 91312 },
    { unit: "year", n: 500, days: 182625 },
    { unit: "year", n: 1000, days: 365250 },
  ];
  const HINT = "Click, hover over or focus an event to see its details and evidence.";

  const data = JSON.parse(document.getElementById("dt-data").textContent);
  const root = document.querySelector(".dt-page");
  const chart = root.querySelector(".dt-chart");
  const plot = root.querySelector(".dt-plot");
  const axis = root.querySelector(".dt-axis");
  const grid = root.querySelector(".dt-grid");
  const tracks = root.querySelector(".dt-tracks");
  const laneLabels = root.querySelector(".dt-lane-labels");
  const undatedSection = root.querySelector(".dt-undated");
  const undatedList = root.querySelector(".dt-undated-list");
  const details = root.querySelector(".dt-details");
  const byId = new Map(data.events.map((event) => [event.id, event]));

  let view = data.domain ? { start: data.domain[0], end: data.domain[1] } : null;
  let selected = null;
  let previewed = null;
  let frame = 0;
  let drag = null;
  let suppressClick = false;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  const clamp = (value, low, high) => Math.min(high, Math.max(low, value));
  const mod = (value, n) => ((value % n) + n) % n;

  // Calendar helpers: days since 1970-01-01, in UTC so that no local zone shifts them.
  function dayOf(year, month, day) {
    const time = new Date(0);
    time.setUTCFullYear(year, month, day);
    return time.getTime() / DAY_MS;
  }

  function partsOf(day) {
    const time = new Date(Math.floor(day) * DAY_MS);
    return { year: time.getUTCFullYear(), month: time.getUTCMonth(), day: time.getUTCDate() };
  }

  // ---- marks --------------------------------------------------------------------------

  function markClasses(event) {
    const names = ["dt-mark", "dt-kind-" + event.kind, "dt-status-" + event.status,
      "dt-shape-" + event.shape];
    if (event.approximate) names.push("dt-approximate");
    if (event.shape === "bar" && event.start === null) names.push("dt-open-start");
    if (event.shape === "bar" && event.end === null) names.push("dt-open-end");
    return names;
  }

  function makeMark(event, echo) {
    const button = element("button");
    button.type = "button";
    button.classList.add(...markClasses(event));
    if (echo) {
      button.classList.add("dt-echo");
      button.dataset.echoOf = event.id;
    } else {
      button.dataset.eventId = event.id;
    }
    button.setAttribute("aria-label", event.dates ? event.name + ", " + event.dates : event.name);
    if (event.shape === "dot") button.append(element("span", "dt-extent"));
    button.append(element("span", "dt-glyph"), element("span", "dt-label", event.name));
    button.addEventListener("click", () => select(event.id));
    button.addEventListener("mouseenter", () => preview(event.id));
    button.addEventListener("mouseleave", () => preview(null));
    button.addEventListener("focus", () => preview(event.id));
    button.addEventListener("blur", () => preview(null));
    return button;
  }

  const lanes = data.lanes.map((lane) => {
    const track = element("div", "dt-lane-track");
    const label = element("div", "dt-lane-label", lane.label);
    label.title = lane.label;
    if (lane.kind) track.classList.add("dt-lane-kind-" + lane.kind);
    tracks.append(track);
    laneLabels.append(label);
    return { track, label, items: [] };
  });

  const marks = new Map();
  for (const event of data.events) {
    if (event.shape === "undated") {
      const item = element("li");
      const button = makeMark(event, false);
      button.append(element("span", "dt-meta", event.kind + " · " + event.status));
      item.append(button);
      undatedList.append(item);
      marks.set(event.id, [button]);
      continue;
    }
    const nodes = [];
    const own = makeMark(event, false);
    lanes[event.lane].items.push({ event, node: own });
    lanes[event.lane].track.append(own);
    nodes.push(own);
    for (const index of event.echoes) {
      const echo = makeMark(event, true);
      lanes[index].items.push({ event, node: echo });
      lanes[index].track.append(echo);
      nodes.push(echo);
    }
    marks.set(event.id, nodes);
  }
  undatedSection.hidden = undatedList.children.length === 0;
  if (!view) {
    tracks.append(element("p", "dt-empty", "No dated events."));
    plot.classList.add("dt-no-dates");
  }

  // ---- layout -------------------------------------------------------------------------

  const plotWidth = () => Math.max(plot.clientWidth, 1);
  const xOf = (day, width) => ((day - view.start) / (view.end - view.start)) * width;

  function place(item, width) {
    const event = item.event;
    const node = item.node;
    const glyph = node.querySelector(".dt-glyph");
    const label = node.querySelector(".dt-label");
    const labelWidth = Math.min(event.name.length * 6.6 + 10, LABEL_MAX);
    let left;
    let right;
    if (event.shape === "dot") {
      const centre = xOf((event.start + event.end) / 2, width);
      left = clamp(centre - DOT_SIZE / 2, -1e6, 1e6);
      right = left + DOT_SIZE;
      const extent = node.querySelector(".dt-extent");
      const low = clamp(xOf(event.start, width), -EDGE, width + EDGE);
      const high = clamp(xOf(event.end, width), -EDGE, width + EDGE);
      extent.hidden = high - low <= DOT_SIZE + 2;
      extent.style.left = (low - left) + "px";
      extent.style.width = (high - low) + "px";
      glyph.style.width = "";
    } else {
      left = event.start === null ? -EDGE : clamp(xOf(event.start, width), -EDGE, width + EDGE);
      right = event.end === null ? width + EDGE : clamp(xOf(event.end, width), -EDGE, width + EDGE);
      right = Math.max(right, left + 4);
      glyph.style.width = (right - left) + "px";
    }
    const visible = Math.min(right, width) - Math.max(left, 0);
    const inside = event.shape === "bar" && visible >= labelWidth + 8;
    node.classList.toggle("dt-label-inside", inside);
    label.style.left = inside ? (Math.max(left, 0) - left + 6) + "px" : "";
    return { item, left, right: inside ? right : right + labelWidth };
  }

  function layoutLane(lane, width) {
    const placed = lane.items.map((item) => place(item, width));
    placed.sort((a, b) => a.left - b.left);
    const rowEnds = [];
    for (const entry of placed) {
      let row = rowEnds.findIndex((end) => end + 6 <= entry.left);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(entry.right);
      } else {
        rowEnds[row] = entry.right;
      }
      entry.item.node.style.left = entry.left + "px";
      entry.item.node.style.top = (LANE_PADDING + row * ROW_HEIGHT) + "px";
    }
    const height = LANE_PADDING * 2 + Math.max(rowEnds.length, 1) * ROW_HEIGHT;
    lane.track.style.height = height + "px";
    lane.label.style.height = height + "px";
  }

  function pickStep(pixelsPerDay) {
    return STEPS.find((step) => step.days * pixelsPerDay >= MIN_TICK_SPACING)
      || STEPS[STEPS.length - 1];
  }

  function ticks(unit, n, from, to) {
    const found = [];
    if (unit === "day") {
      // Weekly ticks fall on Mondays (1970-01-05 is day 4).
      const offset = n === 7 ? 4 : 0;
      const first = Math.floor((from - offset) / n) * n + offset;
      for (let day = first; day <= to && found.length < MAX_TICKS; day += n) {
        found.push(day);
      }
    } else if (unit === "month") {
      const first = partsOf(from);
      let index = first.year * 12 + first.month;
      index -= mod(index, n);
      for (; found.length < MAX_TICKS; index += n) {
        const day = dayOf(Math.floor(index / 12), mod(index, 12), 1);
        if (day > to) break;
        found.push(day);
      }
    } else {
      const first = partsOf(from);
      for (let year = first.year - mod(first.year, n); found.length < MAX_TICKS; year += n) {
        const day = dayOf(year, 0, 1);
        if (day > to) break;
        found.push(day);
      }
    }
    return found;
  }

  function minorLabel(unit, day) {
    const parts = partsOf(day);
    if (unit === "day") return parts.day + " " + MONTHS[parts.month];
    if (unit === "month") return MONTHS[parts.month];
    return String(parts.year);
  }

  function majorLabel(unit, day) {
    const parts = partsOf(day);
    if (unit === "day") return MONTHS[parts.month] + " " + parts.year;
    return String(parts.year);
  }

  function drawAxis(width) {
    const step = pickStep(width / (view.end - view.start));
    const axisNodes = [];
    const gridNodes = [];
    for (const day of ticks(step.unit, step.n, view.start, view.end)) {
      const x = xOf(day, width);
      if (x < -1 || x > width + 1) continue;
      const tick = element("div", "dt-tick");
      tick.style.left = x + "px";
      // A label that would be cut off at the right edge is left out.
      if (x < width - 34) tick.append(element("span", "dt-tick-label", minorLabel(step.unit, day)));
      axisNodes.push(tick);
      const line = element("div", "dt-gridline");
      line.style.left = x + "px";
      gridNodes.push(line);
    }
    if (step.unit !== "year") {
      const majorUnit = step.unit === "day" ? "month" : "year";
      const majors = ticks(majorUnit, 1, view.start, view.end)
        .filter((day) => xOf(day, width) >= 0);
      if (!majors.length || xOf(majors[0], width) > 90) majors.unshift(view.start);
      for (const day of majors) {
        const x = Math.max(xOf(day, width), 0);
        const major = element("div", "dt-major", majorLabel(step.unit, day));
        major.style.left = x + "px";
        axisNodes.push(major);
        if (day !== view.start) {
          const line = element("div", "dt-gridline dt-gridline-major");
          line.style.left = x + "px";
          gridNodes.push(line);
        }
      }
    }
    axis.replaceChildren(...axisNodes);
    grid.replaceChildren(...gridNodes);
    axis.dataset.unit = step.n + " " + step.unit;
  }

  function render() {
    frame = 0;
    if (!view) return;
    const width = plotWidth();
    drawAxis(width);
    for (const lane of lanes) layoutLane(lane, width);
    chart.dataset.viewStart = String(view.start);
    chart.dataset.viewEnd = String(view.end);
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(render);
  }

  // ---- zoom and pan -------------------------------------------------------------------

  function zoomAt(factor, pixel) {
    if (!view) return;
    const width = plotWidth();
    const ratio = clamp(pixel / width, 0, 1);
    const anchor = view.start + ratio * (view.end - view.start);
    const span = clamp((view.end - view.start) * factor, MIN_VIEW_DAYS, MAX_VIEW_DAYS);
    view = { start: anchor - ratio * span, end: anchor + (1 - ratio) * span };
    schedule();
  }

  function panBy(pixels) {
    if (!view) return;
    const shift = (pixels / plotWidth()) * (view.end - view.start);
    view = { start: view.start + shift, end: view.end + shift };
    schedule();
  }

  function fit() {
    if (!data.domain) return;
    view = { start: data.domain[0], end: data.domain[1] };
    schedule();
  }

  const actions = {
    "zoom-in": () => zoomAt(1 / 1.5, plotWidth() / 2),
    "zoom-out": () => zoomAt(1.5, plotWidth() / 2),
    "pan-left": () => panBy(-plotWidth() / 3),
    "pan-right": () => panBy(plotWidth() / 3),
    fit,
  };
  for (const button of root.querySelectorAll(".dt-controls [data-action]")) {
    button.addEventListener("click", () => actions[button.dataset.action]());
  }

  plot.addEventListener("wheel", (event) => {
    if (!view) return;
    event.preventDefault();
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      panBy((event.deltaX || event.deltaY) * scale);
      return;
    }
    const rect = plot.getBoundingClientRect();
    zoomAt(Math.exp(clamp(event.deltaY * scale, -400, 400) * 0.0015), event.clientX - rect.left);
  }, { passive: false });

  plot.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 || !view) return;
    drag = { x: event.clientX, view, moved: false, pointer: event.pointerId };
  });
  plot.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      plot.setPointerCapture(drag.pointer);
      plot.classList.add("dt-dragging");
    }
    const shift = (dx / plotWidth()) * (drag.view.end - drag.view.start);
    view = { start: drag.view.start - shift, end: drag.view.end - shift };
    schedule();
  });
  function endDrag() {
    if (!drag) return;
    if (drag.moved) {
      suppressClick = true;
      setTimeout(() => { suppressClick = false; }, 0);
    }
    plot.classList.remove("dt-dragging");
    drag = null;
  }
  plot.addEventListener("pointerup", endDrag);
  plot.addEventListener("pointercancel", endDrag);
  plot.addEventListener("click", (event) => {
    if (suppressClick) {
      event.stopPropagation();
      event.preventDefault();
    } else if (!event.target.closest(".dt-mark")) {
      select(null);
    }
  }, true);

  plot.addEventListener("keydown", (event) => {
    const handlers = {
      ArrowLeft: actions["pan-left"],
      ArrowRight: actions["pan-right"],
      "+": actions["zoom-in"],
      "=": actions["zoom-in"],
      "-": actions["zoom-out"],
      "0": fit,
    };
    const handler = handlers[event.key];
    if (handler && event.target === plot) {
      event.preventDefault();
      handler();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") select(null);
  });
  window.addEventListener("resize", schedule);

  // ---- details ------------------------------------------------------------------------

  function describeKind(event) {
    return event.form && event.form !== "other" ? event.kind + " · " + event.form : event.kind;
  }

  function showDetails(id) {
    const event = id === null ? undefined : byId.get(id);
    details.replaceChildren();
    details.classList.toggle("dt-pinned", event !== undefined && id === selected);
    if (event === undefined) {
      delete details.dataset.showing;
      details.append(element("p", "dt-hint", HINT));
      return;
    }
    details.dataset.showing = event.id;
    details.append(element("h2", "dt-details-name", event.name));
    const facts = element("dl", "dt-facts");
    const fact = (term, value) => {
      if (value === null || value === undefined || value === "") return;
      const description = element("dd");
      if (value instanceof Node) description.append(value);
      else description.textContent = String(value);
      facts.append(element("dt", null, term), description);
    };
    fact("Kind", describeKind(event));
    fact("Status", event.status);
    fact(event.period ? "Period" : "Date", event.dates === null ? "no date in the text" : event.dates);
    if (event.when !== null) fact("ISO 8601", event.when);
    if (event.precision !== null) {
      fact("Precision", event.precision + (event.approximate ? ", approximate" : ""));
    }
    if (event.aliases.length) fact("Also called", event.aliases.join("; "));
    if (event.participants.length) {
      const list = element("ul", "dt-participants");
      for (const participant of event.participants) {
        const text = participant.name === participant.id
          ? participant.name
          : participant.name + " (" + participant.id + ")";
        list.append(element("li", null, text));
      }
      fact("Participants", list);
    }
    fact("Location", event.location);
    fact("Id", event.id);
    details.append(facts);
    details.append(element("h3", null, "Evidence (" + event.evidence.length + ")"));
    for (const evidence of event.evidence) {
      const figure = element("figure", "dt-evidence");
      figure.append(element("blockquote", null, evidence.quote));
      const cite = [evidence.document];
      for (const part of [evidence.title, evidence.source, evidence.published]) {
        if (part) cite.push(part);
      }
      cite.push("characters " + evidence.start + "–" + evidence.end);
      figure.append(element("figcaption", null, cite.join(" · ")));
      details.append(figure);
    }
  }

  function select(id) {
    if (selected !== null) {
      for (const node of marks.get(selected) || []) node.classList.remove("dt-selected");
    }
    selected = id !== null && byId.has(id) ? id : null;
    if (selected !== null) {
      for (const node of marks.get(selected)) node.classList.add("dt-selected");
      root.dataset.selected = selected;
    } else {
      delete root.dataset.selected;
    }
    showDetails(selected);
  }

  function preview(id) {
    if (id === previewed) return;
    previewed = id;
    showDetails(id === null ? selected : id);
  }

  showDetails(null);
  render();
  document.documentElement.dataset.ready = "true";
})();
