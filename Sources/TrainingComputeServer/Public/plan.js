// The plan card: POST /api/v1/plan, its figures and a timeline of cumulative FLOP.
// Helpers ($, element, dataTable, formatNumber …) come from app.js, which loads first.
"use strict";

// ---- The plan card: POST /api/v1/plan, its figures and a timeline of cumulative FLOP ----

const PLAN_FIELDS = ["params", "tokens", "flop", "hardware", "count", "days"];
let planSequence = 0;
let planPending = null;

function planRequest() {
  const body = {};
  for (const field of PLAN_FIELDS) {
    const value = $("plan-" + field).value.trim();
    if (value) body[field] = value;
  }
  if (!body.flop && !(body.params && (body.tokens || (body.count && body.days)))) return null;
  return body;
}

function formatFigure(figure, digits) {
  const show = (value) => formatNumber(value, digits || 3);
  if (figure.low === figure.high) return show(figure.value);
  return show(figure.value) + " (" + show(figure.low) + " to " + show(figure.high) + ")";
}

// Cumulative FLOP over the run's days against the regulatory thresholds, drawn at the box's own
// width so its text keeps its real size; a threshold's label is shortened to the width it has
// (the full names are in its title).
function planTimeline(plan, width = 560) {
  const days = plan.hardware && plan.hardware.days ? plan.hardware.days.value : null;
  if (!days) return null;
  const prior = plan.prior_flop || 0;
  const end = prior + plan.total_flop.value;
  const marks = plan.thresholds.map((mark) => mark.threshold_flop);
  const top = Math.log10(Math.max(end, ...marks) * 2);
  const bottom = Math.log10(end) - 4;
  const height = 200, left = 50, bottomPad = 24;
  const x = (day) => left + (day / days) * (width - left - 10);
  const y = (flop) => height - bottomPad - ((Math.log10(Math.max(flop, 10 ** bottom)) - bottom) / (top - bottom)) * (height - bottomPad - 10);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Cumulative training FLOP over " + Number(days.toPrecision(3)) + " days against the regulatory marks");
  svg.id = "plan-timeline";

  const add = (tag, attributes, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    svg.append(node);
  };
  const points = [];
  for (let step = 0; step <= 60; step++) {
    const day = (days * step) / 60;
    points.push(x(day).toFixed(1) + "," + y(prior + (plan.total_flop.value * step) / 60).toFixed(1));
  }
  const named = new Map(); // one line per threshold, naming every regime at it
  for (const mark of plan.thresholds) named.set(mark.threshold_flop, [...(named.get(mark.threshold_flop) || []), mark.name]);
  const room = Math.floor((width - left - 14) / 5.6); // characters of 10-pixel text that fit
  for (const [threshold, names] of named) {
    const level = y(threshold).toFixed(1);
    add("line", { x1: left, x2: width - 10, y1: level, y2: level, stroke: "#b45309", "stroke-dasharray": "4 3" });
    const label = formatFLOP(threshold) + " " + names.join("; ");
    add("text", { x: left + 4, y: level - 3, "font-size": "10", fill: "#b45309" },
      label.length > room ? label.slice(0, room - 1) + "…" : label);
    svg.lastChild.append(svgElement("title", {}, label));
  }
  add("polyline", { points: points.join(" "), fill: "none", stroke: "#1d4ed8", "stroke-width": "2" });
  add("line", { x1: left, x2: width - 10, y1: height - bottomPad, y2: height - bottomPad, stroke: "#555" });
  add("text", { x: left, y: height - 6, "font-size": "10" }, "day 0");
  add("text", { x: width - 60, y: height - 6, "font-size": "10" }, "day " + Number(days.toPrecision(3)));
  add("text", { x: width - 10, y: y(end) + 16, "font-size": "10", "text-anchor": "end" }, formatFLOP(end) + " at the end");
  return svg;
}

function showPlan(plan) {
  const box = $("plan-result");
  box.innerHTML = "";
  const total = element("p", "total");
  const flop = element("output", "flop", formatFLOP(plan.total_flop.value));
  flop.id = "plan-flop-result";
  flop.dataset.flop = String(plan.total_flop.value);
  total.append(flop);
  box.append(total);
  const hardware = plan.hardware;
  if (hardware && hardware.chip_hours) {
    total.className = "headline";
    flop.className = "flop big";
    const beside = [formatNumber(hardware.chip_hours.value) + " chip-hours (GPU-hours)"];
    if (hardware.days) beside.unshift(formatNumber(hardware.days.value) + " days");
    total.append(element("span", "beside", beside.join(" · ")));
  }
  if (hardware) {
    const rows = [
      ["Days", hardware.days, "plan-days-result"], ["Chips needed", hardware.chips_needed, "plan-chips-result"],
      ["Chip-hours", hardware.chip_hours], ["Energy (MWh)", hardware.energy_mwh], ["Cost (US$)", hardware.cost_dollars],
    ];
    const list = element("ul", "plan-figures");
    for (const [label, figure, id] of rows) {
      if (!figure) continue;
      const item = element("li", null, label + ": ");
      const value = element("output", null, formatFigure(figure));
      if (id) { value.id = id; value.dataset.value = String(figure.value); }
      item.append(value);
      list.append(item);
    }
    box.append(list);
    const timeline = planTimeline(plan, Math.min(widthOf(box), 720));
    if (timeline) box.append(timeline);
  }
  const optima = element("ul", "plan-optima");
  for (const optimum of plan.compute_optimal) {
    optima.append(element("li", null, optimum.name + ": " + formatNumber(optimum.parameters) + " parameters, " +
      formatNumber(optimum.tokens) + " tokens (" + formatNumber(optimum.tokens_per_parameter) + " per parameter); " + optimum.source));
  }
  box.append(element("p", null, "Compute-optimal allocation of this budget:"), optima);
  for (const warning of plan.warnings) box.append(element("p", "warning", "⚠ " + warning));
  box.append(element("p", "summary-text", plan.summary));
  const details = element("details");
  details.append(element("summary", null, "Assumptions"));
  const list = element("ul");
  for (const assumption of plan.assumptions) list.append(element("li", "assumption", assumption));
  details.append(list);
  box.append(details);
}

async function updatePlan() {
  const ticket = ++planSequence;
  writeURL(pageState());
  const body = planRequest();
  const box = $("plan-result");
  if (!body) return;
  try {
    const answer = await post("plan", body);
    if (ticket !== planSequence) return;
    if (answer.ok) showPlan(answer.json);
    else box.replaceChildren(element("p", "error", answer.json.error));
  } catch (error) {
    if (ticket === planSequence) box.replaceChildren(element("p", "error", "The server could not be reached: " + error.message));
  }
}

function startPlanFields(query) {
  for (const field of PLAN_FIELDS) {
    const value = query.get("plan-" + field);
    if (value) $("plan-" + field).value = value;
  }
  const form = document.querySelector("#plan form");
  form.addEventListener("input", () => { clearTimeout(planPending); planPending = setTimeout(updatePlan, 300); });
  form.addEventListener("submit", (event) => { event.preventDefault(); updatePlan(); });
}

// The plan, ledger, batch and catalog cards in the address bar, beside the method cards.
function otherCardsState(state) {
  for (const field of PLAN_FIELDS) state["plan-" + field] = $("plan-" + field).value.trim();
  const ledger = $("lg-ledger").value;
  state["ledger"] = ledger.trim() && ledger.length <= MAX_SPEC_IN_URL ? ledger : "";
  state["hw"] = $("hw-filter").value.trim();
  return batchState(state);
}
