// The calculator page. Every figure comes from the server's JSON API (the same core as the
// command line); this script only gathers inputs, keeps them in the address bar, and shows the
// answers and the server's messages next to the field they are about. This file holds the shared
// helpers, the address bar, the two method cards and their reconciliation, and the page's start;
// each other card has a file of its own (best.js, model.js, plan.js, ledger.js, ledger-stage.js,
// batch.js, catalog.js), and check.js the self-check.
"use strict";

const $ = (id) => document.getElementById(id);
const PRECISIONS = ["fp64", "fp32", "tf32", "fp16", "bf16", "fp8", "int8"];
let catalog = [];
let pending = null;
let sequence = 0; // answers to an older update are dropped

// Page fields and the address-bar keys they are kept under (the API's field names where one fits).
const forwardKinds = ["params", "connections", "forward-flop", "multadds"];
const dataKinds = ["examples", "tokens"];
const timeUnits = ["hours", "days", "years", "chip-hours"];
const BEST_FIELDS = ["params", "tokens", "examples", "epochs", "forward-flop", "hardware", "count", "time", "chip-hours",
  "precision", "utilization", "year", "domain", "reported-flop"];

function key(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function chipNamed(name) {
  const wanted = key(name);
  if (!wanted) return null;
  return catalog.find((chip) => key(chip.name) === wanted || chip.aliases.some((a) => key(a) === wanted)) || null;
}

// Numbers in one style: 3 significant digits, powers of ten with superscripts (2.3 × 10²⁵), plain
// digits between 0.01 and 10,000.
const SUPERSCRIPT = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻" };

function formatNumber(value, digits = 3) {
  if (value === 0) return "0";
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 0.01 && magnitude < 1e4) {
    return Number(value.toPrecision(digits)).toLocaleString("en-US", { maximumFractionDigits: 4 });
  }
  const [mantissa, exponent] = value.toExponential(digits - 1).split("e");
  const power = String(Number(exponent)).split("").map((c) => SUPERSCRIPT[c] || c).join("");
  return (mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa) + " × 10" + power;
}

function formatFLOP(value) {
  return formatNumber(value) + " FLOP";
}

function formatPercent(fraction) {
  return (Math.round(fraction * 1000) / 10).toString() + " %";
}

// ---- State in the address bar ----

// Address-bar values the page could not take, by card, shown on their field until it is edited.
const urlProblems = { m1: [], m2: [], mg: [], be: [] };
const KNOWN_KEYS = forwardKinds.concat(dataKinds, timeUnits, ["epochs", "backward-ratio", "peak", "hardware", "precision",
  "count", "domain", "utilization", "spec", "spec-z", "model-batch-size", "optimizer", "model-examples", "model-tokens",
  "model-epochs", "seq-len", "attention", "check", "ledger"], BEST_FIELDS.map((field) => "be-" + field),
  ["params", "tokens", "flop", "hardware", "count", "days"].map((field) => "plan-" + field), ["batch", "hw"]);

// Sets a select from the address bar, or records why the value was not taken.
function selectFromURL(card, id, field, value) {
  const select = $(id);
  const wanted = value.toLowerCase();
  if ([...select.options].some((option) => option.value === wanted)) { select.value = wanted; return; }
  const allowed = [...select.options].map((option) => option.value).filter((v) => v).join(", ");
  urlProblems[card].push({ field, error: field + "=" + value + " in the address is not one the page knows; allowed: " + allowed + "." });
}

function urlProblemsShow(card) {
  for (const problem of urlProblems[card] || []) {
    const id = card === "mg" ? modelInputFor(problem.field) : card === "be" ? bestInputFor(problem.field) : inputFor(card, problem.field);
    if (id && $(id + "-error")) {
      $(id).setAttribute("aria-invalid", "true");
      $(id + "-error").textContent = problem.error;
    }
  }
}

function readURL() {
  const query = new URLSearchParams(location.search);
  const forward = forwardKinds.find((k) => query.has(k));
  if (forward) { $("m1-forward-kind").value = forward; $("m1-forward").value = query.get(forward); }
  const data = dataKinds.find((k) => query.has(k));
  if (data) { $("m1-data-kind").value = data; $("m1-data").value = query.get(data); }
  if (query.has("epochs")) $("m1-epochs").value = query.get("epochs");
  if (query.has("backward-ratio")) $("m1-ratio").value = query.get("backward-ratio");
  if (query.has("peak")) { $("m2-source-direct").checked = true; $("m2-peak").value = query.get("peak"); }
  if (query.has("hardware")) $("m2-hardware").value = query.get("hardware");
  if (query.has("precision")) selectFromURL("m2", "m2-precision", "precision", query.get("precision"));
  if (query.has("count")) $("m2-count").value = query.get("count");
  const unit = timeUnits.find((k) => query.has(k));
  if (unit) { $("m2-time-unit").value = unit; $("m2-time").value = query.get(unit); }
  if (query.has("domain")) selectFromURL("m2", "m2-domain", "domain", query.get("domain"));
  if (query.has("utilization")) $("m2-utilization").value = query.get("utilization").replace("%", "");
  const unknown = [...query.keys()].filter((name) => !KNOWN_KEYS.includes(name));
  if (unknown.length) {
    $("url-notice").hidden = false;
    $("url-notice").textContent = "The address names " + unknown.join(", ") + ", which this page does not use; " +
      (unknown.length > 1 ? "they were" : "it was") + " left out.";
  }
}

function writeURL(page) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(page)) if (value !== "") query.set(name, value);
  const text = query.toString();
  const url = location.pathname + (text ? "?" + text : "") + location.hash;
  history.replaceState(null, "", url);
  $("share").href = url;
}

// ---- Gathering inputs ----

function pageState() {
  const state = {};
  state[$("m1-forward-kind").value] = $("m1-forward").value.trim();
  state[$("m1-data-kind").value] = $("m1-data").value.trim();
  state["epochs"] = $("m1-epochs").value.trim();
  state["backward-ratio"] = $("m1-ratio").value.trim();
  if ($("m2-source-direct").checked) {
    state["peak"] = $("m2-peak").value.trim();
  } else {
    state["hardware"] = $("m2-hardware").value.trim();
    state["precision"] = $("m2-precision").value;
  }
  state["count"] = $("m2-count").value.trim();
  state[$("m2-time-unit").value] = $("m2-time").value.trim();
  state["domain"] = $("m2-domain").value === "other" ? "" : $("m2-domain").value;
  state["utilization"] = $("m2-utilization").value.trim().replace(/%$/, "");
  return otherCardsState(bestState(modelState(state)));
}

// The API request of each method, or null while a required field is empty.
function operationsRequest(state) {
  const body = {};
  const forward = $("m1-forward-kind").value;
  const data = $("m1-data-kind").value;
  if (!state[forward] || !state[data]) return null;
  body[forward] = state[forward];
  body[data] = state[data];
  if (state["epochs"]) body["epochs"] = state["epochs"];
  if (state["backward-ratio"]) body["backward-ratio"] = state["backward-ratio"];
  return body;
}

function hardwareRequest(state) {
  const body = {};
  if ($("m2-source-direct").checked) {
    if (!state["peak"]) return null;
    body["peak"] = state["peak"];
  } else {
    if (!state["hardware"]) return null;
    body["hardware"] = state["hardware"];
    if (state["precision"]) body["precision"] = state["precision"];
  }
  const unit = $("m2-time-unit").value;
  const amount = state[unit];
  if (!amount || (unit !== "chip-hours" && !state["count"])) return null;
  if (state["count"]) body["count"] = state["count"];
  if (unit === "years") body["time"] = amount + "y";
  else body[unit] = amount;
  body["domain"] = $("m2-domain").value;
  if (state["utilization"]) body["utilization"] = state["utilization"] + "%";
  return body;
}

// Which page input shows the message about each API field.
function inputFor(card, field) {
  if (card === "m1") {
    if (forwardKinds.includes(field)) return "m1-forward";
    if (dataKinds.includes(field)) return "m1-data";
    return { epochs: "m1-epochs", "backward-ratio": "m1-ratio" }[field] || null;
  }
  if (["time", "hours", "days", "chip-hours"].includes(field)) return "m2-time";
  return { hardware: "m2-hardware", precision: "m2-precision", peak: "m2-peak", count: "m2-count",
    utilization: "m2-utilization", domain: "m2-utilization" }[field] || null;
}

// ---- Showing results and errors ----

function cardElement(card) {
  return $({ m1: "method1", m2: "method2", be: "best" }[card] || card);
}

function clearErrors(card) {
  for (const node of cardElement(card).querySelectorAll(".error")) node.textContent = "";
  for (const node of cardElement(card).querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
}

// Marks every problem on its field (or under the card when it names none).
function showErrors(card, problems, inputOf) {
  const loose = [];
  for (const problem of problems) {
    const id = problem.field ? inputOf(problem.field) : null;
    if (id && $(id + "-error")) {
      $(id).setAttribute("aria-invalid", "true");
      const box = $(id + "-error");
      box.textContent = box.textContent ? box.textContent + " " + problem.error : problem.error;
    } else {
      loose.push(problem.error);
    }
  }
  const result = $(card + "-result");
  result.replaceChildren();
  for (const text of loose) result.append(element("p", "error", text));
  if (loose.length < problems.length) {
    result.append(element("p", "pending", problems.length - loose.length > 1
      ? "Correct the " + (problems.length - loose.length) + " fields marked above."
      : "Correct the field marked above."));
  }
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A table with a caption, column headers and one row per entry: each row's first cell is its
// header (text, or a node such as a `th` with a title), the rest text or nodes.
function dataTable(caption, headers, rows) {
  const table = element("table");
  table.append(element("caption", null, caption));
  const head = element("tr");
  for (const name of headers) {
    const th = element("th", null, name);
    th.scope = "col";
    head.append(th);
  }
  const thead = element("thead");
  thead.append(head);
  const tbody = element("tbody");
  for (const [first, ...cells] of rows) {
    const row = element("tr");
    const name = typeof first === "string" ? element("th", null, first) : first;
    name.scope = "row";
    row.append(name, ...cells.map((cell) => typeof cell === "string" ? element("td", null, cell) : cell));
    tbody.append(row);
  }
  table.append(thead, tbody);
  return table;
}

function svgElement(tag, attributes, text) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// The regulatory marks drawn on every interval (the figures the laws name; see the ledger report).
const MARKS = [
  { flop: 1e23, label: "10²³ EU general-purpose" },
  { flop: 1e25, label: "10²⁵ EU systemic risk" },
  { flop: 1e26, label: "10²⁶ California, New York" },
];

// A log axis of FLOP with the estimate's interval as a band, its central value as a dot and the
// regulatory marks; labels are spaced so they never overlap, whatever the width.
function intervalChart(low, value, high, width = 640) {
  const height = 104;
  const left = 14;
  const right = 14;
  const axisY = 70;
  const lowest = Math.floor(Math.log10(Math.min(low || value, 1e22))) - 1;
  const highest = Math.ceil(Math.log10(Math.max(high || value, 1e27))) + 1;
  const x = (flop) => left + (Math.log10(flop) - lowest) / (highest - lowest) * (width - left - right);
  const svg = svgElement("svg", { viewBox: "0 0 " + width + " " + height, class: "interval", role: "img" });
  const title = "Estimate " + formatFLOP(value) + (low && high ? ", interval " + formatNumber(low) + " to " + formatFLOP(high) : "") +
    ", on a log axis with the regulatory marks 10²³, 10²⁵ and 10²⁶ FLOP";
  svg.setAttribute("aria-label", title);
  svg.append(svgElement("title", {}, title));
  svg.append(svgElement("line", { x1: left, x2: width - right, y1: axisY, y2: axisY, class: "axis" }));
  // Decade ticks, labelled every `step` decades so labels are ≥ 70 units apart.
  const decades = highest - lowest;
  const perDecade = (width - left - right) / decades;
  const step = Math.max(1, Math.ceil(70 / perDecade));
  for (let exponent = lowest; exponent <= highest; exponent++) {
    const position = x(Math.pow(10, exponent));
    svg.append(svgElement("line", { x1: position, x2: position, y1: axisY - 3, y2: axisY + 3, class: "axis" }));
    if ((exponent - lowest) % step === 0) {
      svg.append(svgElement("text", { x: position, y: axisY + 17, "text-anchor": "middle" },
        "10" + String(exponent).split("").map((c) => SUPERSCRIPT[c] || c).join("")));
    }
  }
  // Marks: labels alternate between two rows above the axis so neighbours never collide.
  MARKS.forEach((mark, index) => {
    const position = x(mark.flop);
    svg.append(svgElement("line", { x1: position, x2: position, y1: 6 + index * 14, y2: axisY + 4, class: "mark" }));
    const anchor = position > width * 0.6 ? "end" : "start";
    svg.append(svgElement("text", { x: position + (anchor === "end" ? -3 : 3), y: 15 + index * 14,
      "text-anchor": anchor, class: "mark-label" }, mark.label));
  });
  if (low && high && high > low) {
    svg.append(svgElement("rect", { x: x(low), y: axisY - 9, width: Math.max(2, x(high) - x(low)), height: 18, rx: 3, class: "band" }));
  }
  svg.append(svgElement("circle", { cx: x(value), cy: axisY, r: 5, class: "dot" }));
  svg.append(svgElement("text", { x: x(value), y: axisY + 30, "text-anchor": x(value) > width * 0.75 ? "end" : (x(value) < width * 0.25 ? "start" : "middle") },
    "this estimate"));
  return svg;
}

// The drawing width of a chart: the box's own width in CSS pixels, so text stays at its real size.
function widthOf(box) {
  return Math.max(280, Math.round(box.clientWidth || 640));
}

function copyButton(text, what) {
  const button = element("button", "copy", "Copy");
  button.type = "button";
  button.setAttribute("aria-label", "Copy " + what);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch (error) {
      button.textContent = "Select the text to copy";
    }
    setTimeout(() => { button.textContent = "Copy"; }, 2000);
  });
  return button;
}

function quote(caption, text, what) {
  const figure = element("figure", "summary");
  const head = element("figcaption");
  head.append(element("span", null, caption), copyButton(text, what));
  figure.append(head, element("blockquote", null, text));
  return figure;
}

// An input as given: whole numbers under a million with digit groups (10,000 chips), other
// numbers in the page's style.
function inputValue(input) {
  if (typeof input.value !== "number") return String(input.value);
  if (Number.isInteger(input.value) && Math.abs(input.value) < 1e6) return input.value.toLocaleString("en-US");
  return formatNumber(input.value, 4);
}

// A line of notes in the style of Epoch AI's database: the method, the figures and the result.
function notesString(estimate) {
  const given = estimate.inputs.filter((input) => !input.is_default).map((input) => input.name + " " + inputValue(input));
  const assumed = estimate.inputs.filter((input) => input.is_default).map((input) => input.name + " " + inputValue(input));
  return estimate.formula + "; " + given.join(", ") + (assumed.length ? "; assuming " + assumed.join(", ") : "") +
    " = " + estimate.total_flop.toPrecision(3) + " FLOP (" + estimate.method.replace(/_/g, " ") + ").";
}

// The headline, the interval on a log axis, warnings, the sentence and the details of an estimate.
function showEstimate(card, estimate, inputOf, extras) {
  const box = $(card + "-result");
  box.replaceChildren();
  const headline = element("p", "headline");
  const flop = element("output", "flop big", formatFLOP(estimate.total_flop));
  flop.id = card + "-flop";
  flop.dataset.flop = String(estimate.total_flop);
  headline.append(flop);
  const beside = [formatNumber(estimate.pf_days) + " PF-days"].concat((extras && extras.beside) || []);
  headline.append(element("span", "beside", beside.join(" · ")));
  box.append(headline);
  const range = estimate.range;
  box.append(intervalChart(range ? range.low : null, estimate.total_flop, range ? range.high : null, widthOf(box)));
  if (range) {
    box.append(element("p", "range", "Plausible range " + formatNumber(range.low) + " to " + formatFLOP(range.high) +
      " (" + range.basis + ")."));
  }
  for (const warning of estimate.warnings || []) box.append(element("p", "warning", "⚠ " + warning));
  const filled = element("p", "filled");
  filled.append("From: ");
  estimate.inputs.forEach((input, index) => {
    if (index) filled.append(" · ");
    const id = inputOf ? inputOf(input.name) : null;
    const term = id ? element("a", null, input.name) : element("span", null, input.name);
    if (id) term.href = "#" + id;
    filled.append(term, " = " + inputValue(input) + (input.is_default ? " (assumed)" : ""));
  });
  box.append(filled);
  box.append(quote("Sentence for your paper", estimate.summary, "the sentence"));
  box.append(quote("Notes, database style", notesString(estimate), "the notes"));
  const details = element("details");
  details.append(element("summary", null, "Formula, inputs and assumptions"));
  details.append(element("p", "formula", estimate.formula));
  const list = element("ul");
  for (const input of estimate.inputs) {
    list.append(element("li", null, input.name + " = " + inputValue(input) + (input.is_default ? " (assumed)" : "") + ": " + input.meaning));
  }
  for (const assumption of estimate.assumptions) list.append(element("li", "assumption", assumption));
  details.append(list);
  box.append(details);
}

function showComparison(result) {
  const box = $("m3-result");
  box.replaceChildren();
  const implied = element("p", "headline");
  const value = element("output", "flop big", formatPercent(result.implied_utilization));
  value.id = "m3-implied";
  value.dataset.impliedUtilization = String(result.implied_utilization);
  implied.append(value, element("span", "beside", "implied utilization (operation count ÷ hardware time)"));
  box.append(implied);
  const low = 0.17;
  const high = 0.62;
  const outside = result.implied_utilization < low || result.implied_utilization > high;
  const verdict = element("p", outside ? "warning" : null, outside
    ? "⚠ Outside the " + formatPercent(low) + " to " + formatPercent(high) + " that real training runs report: check the chips, the time or the data."
    : "Within the " + formatPercent(low) + " to " + formatPercent(high) + " that real training runs report.");
  box.append(verdict);
  box.append(utilizationBar(result.implied_utilization, low, high, widthOf(box)));
  for (const warning of result.warnings) box.append(element("p", "warning", "⚠ " + warning));
  box.append(quote("Sentence for your paper", result.summary, "the sentence"));
}

// A 0–100 % bar with the reported range shaded and the implied utilization marked.
function utilizationBar(value, low, high, width = 640) {
  const x = (fraction) => 14 + Math.min(Math.max(fraction, 0), 1) * (width - 28);
  const svg = svgElement("svg", { viewBox: "0 0 " + width + " 56", class: "interval", role: "img",
    "aria-label": "Implied utilization " + formatPercent(value) + " against the reported range " + formatPercent(low) + " to " + formatPercent(high) });
  svg.append(svgElement("rect", { x: x(low), y: 14, width: x(high) - x(low), height: 16, class: "band" }));
  svg.append(svgElement("line", { x1: x(0), x2: x(1), y1: 22, y2: 22, class: "axis" }));
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    svg.append(svgElement("text", { x: x(tick), y: 46, "text-anchor": tick === 0 ? "start" : tick === 1 ? "end" : "middle" }, formatPercent(tick)));
  }
  svg.append(svgElement("circle", { cx: x(value), cy: 22, r: 6, class: "dot" }));
  return svg;
}

// ---- Talking to the API ----

async function post(path, body) {
  const response = await fetch("/api/v1/" + path, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  const json = await response.json();
  return { ok: response.ok, json };
}

// Posts `body`; when the server refuses a field, asks again without it to find the other bad
// fields too (the API names one problem per answer), so every error shows at once.
async function postCollectingErrors(path, body) {
  const problems = [];
  let attempt = Object.assign({}, body);
  for (let round = 0; round < 6; round++) {
    const answer = await post(path, attempt);
    if (answer.ok) return problems.length ? { ok: false, problems } : answer;
    const field = answer.json.field;
    if (!field || !(field in attempt) || problems.some((problem) => problem.field === field)) {
      if (!problems.some((problem) => problem.field === field && field)) problems.push(answer.json);
      break;
    }
    problems.push(answer.json);
    delete attempt[field];
  }
  return { ok: false, problems };
}

async function runCard(card, path, body, hint, ticket, extras) {
  if (!body) {
    clearErrors(card);
    $(card + "-result").replaceChildren(element("p", "pending", hint));
    return false;
  }
  const inputOf = (field) => inputFor(card, field);
  try {
    const answer = await postCollectingErrors(path, body);
    if (ticket !== sequence) return false;
    clearErrors(card);
    urlProblemsShow(card);
    if (answer.ok) showEstimate(card, answer.json, inputOf, extras && extras(answer.json));
    else showErrors(card, answer.problems, inputOf);
    return answer.ok;
  } catch (error) {
    if (ticket !== sequence) return false;
    clearErrors(card);
    showErrors(card, [{ error: "The server could not be reached: " + error.message }], inputOf);
    return false;
  }
}

// GPU-hours beside the method 2 headline: the chip-hours given, or chips × hours.
function chipHoursExtras(estimate) {
  const value = (name) => estimate.inputs.find((input) => input.name === name)?.value;
  let chipHours = value("chip-hours") ?? value("chip_hours");
  if (typeof chipHours !== "number" && typeof value("count") === "number" && typeof value("hours") === "number") {
    chipHours = value("count") * value("hours");
  }
  return { beside: typeof chipHours === "number" && Number.isFinite(chipHours) ? [formatNumber(chipHours) + " chip-hours (GPU-hours)"] : [] };
}

async function update() {
  const ticket = ++sequence;
  const state = pageState();
  writeURL(state);
  showPeakNote();
  $("m2-utilization").placeholder = $("m2-domain").value === "language" ? "30" : "40";
  const m1 = operationsRequest(state);
  const m2 = hardwareRequest(state);
  const [ok1, ok2] = await Promise.all([
    runCard("m1", "estimate/operations", m1, "Give the forward work and the training data to see the result.", ticket),
    runCard("m2", "estimate/hardware", m2, "Give the hardware (or a peak), the chips and the training time to see the result.", ticket,
      chipHoursExtras),
  ]);
  if (ok1 && ok2) {
    const answer = await post("estimate/compare", Object.assign({}, m1, m2));
    if (ticket !== sequence) return;
    if (answer.ok) showComparison(answer.json);
    else $("m3-result").replaceChildren(element("p", "error", answer.json.error));
  } else if (ticket === sequence) {
    $("m3-result").replaceChildren(element("p", "pending", "Fill in both cards (without errors) to compare them."));
  }
}

function scheduleUpdate() {
  clearTimeout(pending);
  pending = setTimeout(update, 200);
}

// ---- The hardware catalog ----

function showPeakNote() {
  const chip = chipNamed($("m2-hardware").value);
  const select = $("m2-precision");
  for (const option of select.options) {
    if (!option.value) continue;
    const peak = chip ? chip.peaks[option.value] : undefined;
    const unit = option.value === "int8" ? " OP/s" : " FLOP/s";
    option.textContent = option.value.toUpperCase() +
      (chip ? (peak ? " — " + formatNumber(peak) + unit : " — no published peak") : "");
  }
  if (!chip) { $("m2-peak-note").textContent = ""; return; }
  const precision = select.value || chip.default_precision;
  const peak = precision ? chip.peaks[precision] : undefined;
  $("m2-peak-note").textContent = chip.name + (peak
    ? ": dense " + precision.toUpperCase() + " peak " + formatNumber(peak, 6) +
      " FLOP/s per chip, used unrounded" + (select.value ? "." : " (assumed: the chip's training default).")
    : ": no published peak at this precision.") + (chip.notes ? " " + chip.notes : "") +
    (chip.source ? " Source: " + chip.source : "");
}

async function loadCatalog() {
  try {
    const response = await fetch("/api/v1/hardware");
    catalog = await response.json();
  } catch (error) {
    catalog = [];
  }
  const list = $("m2-hardware-list");
  for (const chip of catalog) {
    const option = document.createElement("option");
    option.value = chip.name;
    list.append(option);
  }
}

function showPeakSource() {
  const direct = $("m2-source-direct").checked;
  $("m2-direct-fields").hidden = !direct;
  $("m2-catalog-fields").hidden = direct;
}

async function start() {
  const select = $("m2-precision");
  for (const precision of PRECISIONS) {
    const option = document.createElement("option");
    option.value = precision;
    option.textContent = precision.toUpperCase();
    select.append(option);
  }
  const planQuery = new URLSearchParams(location.search); // read before update() rewrites the address
  readURL();
  showPeakSource();
  await startModelCard(new URLSearchParams(location.search));
  startBestCard(new URLSearchParams(location.search));
  for (const form of document.querySelectorAll("#method1 form, #method2 form")) {
    form.addEventListener("input", (event) => { forgetURLProblem(event.target.id); scheduleUpdate(); });
    form.addEventListener("change", () => { showPeakSource(); scheduleUpdate(); });
    form.addEventListener("submit", (event) => { event.preventDefault(); update(); });
  }
  startPlanFields(planQuery);
  startLedgerFields(planQuery);
  if (planQuery.has("hw")) $("hw-filter").value = planQuery.get("hw");
  await loadCatalog();
  showCatalog();
  $("hw-filter").addEventListener("input", () => { showCatalog(); writeURL(pageState()); });
  await Promise.all([update(), updateModel(), updateBest(), loadUtilizations(), updatePlan(), updateLedger(),
    startBatchCard(planQuery)]);
}
