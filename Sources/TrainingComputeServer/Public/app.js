// The calculator page. Every figure comes from the server's JSON API (the same core as the
// command line); this script only gathers inputs, keeps them in the address bar, and shows the
// answers and the server's messages next to the field they are about.
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
  ["params", "tokens", "flop", "hardware", "count", "days"].map((field) => "plan-" + field));

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
  const url = location.pathname + (text ? "?" + text : "");
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
  return bestState(modelState(state));
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

function inputValue(input) {
  return typeof input.value === "number" ? formatNumber(input.value, 4) : String(input.value);
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

// ---- The best-estimate card ----

let bestSequence = 0;
let bestPending = null;

function bestRequest() {
  const body = {};
  for (const field of BEST_FIELDS) {
    const value = $("be-" + field).value.trim();
    if (value) body[field] = field === "utilization" ? value.replace(/%$/, "") + "%" : value;
  }
  return Object.keys(body).length ? body : null;
}

function bestInputFor(field) {
  return BEST_FIELDS.includes(field) ? "be-" + field : ({ hours: "be-time", days: "be-time" }[field] || null);
}

function showBest(answer) {
  const box = $("be-result");
  box.replaceChildren();
  const headline = element("p", "headline");
  const flop = element("output", "flop big", formatFLOP(answer.total_flop));
  flop.id = "be-flop";
  flop.dataset.flop = String(answer.total_flop);
  flop.dataset.low = String(answer.range.low);
  flop.dataset.high = String(answer.range.high);
  const badge = element("span", "badge " + String(answer.confidence).toLowerCase(), answer.confidence);
  badge.id = "be-confidence";
  badge.title = answer.confidence_meaning || "";
  headline.append(flop, badge);
  headline.append(element("span", "beside", "90 % interval " + formatNumber(answer.range.low) + " to " +
    formatNumber(answer.range.high) + " · " + formatNumber(answer.pf_days) + " PF-days · " + answer.method.replace(/_/g, " ")));
  box.append(headline);
  box.append(intervalChart(answer.range.low, answer.total_flop, answer.range.high, widthOf(box)));
  box.append(element("p", null, answer.choice));
  if (answer.confidence_meaning) box.append(element("p", "help", answer.confidence + ": " + answer.confidence_meaning + "."));
  if (answer.narrowed_most_by) {
    box.append(element("p", null, "Learning the " + answer.narrowed_most_by + " would narrow the interval most."));
  }
  for (const suspect of answer.suspects || []) box.append(element("p", "warning", "⚠ Suspect: " + suspect));
  for (const warning of answer.warnings || []) box.append(element("p", "warning", "⚠ " + warning));
  if ((answer.contributions || []).length) {
    const table = dataTable("What the interval is made of",
      ["uncertain input", "share of the spread", "range (×)", "source"],
      answer.contributions.map((part) => [part.input, formatPercent(part.share),
        formatNumber(part.low, 2) + " to " + formatNumber(part.high, 2), part.source]));
    const scroll = element("div", "table-scroll");
    scroll.append(table);
    box.append(scroll);
  }
  if ((answer.unused || []).length) {
    const list = element("ul");
    for (const unused of answer.unused) list.append(element("li", null, unused.field + ": " + unused.reason));
    const details = element("details");
    details.append(element("summary", null, "Facts given but not used (" + answer.unused.length + ")"), list);
    box.append(details);
  }
  box.append(quote("Sentence for your paper", answer.summary, "the sentence"));
  if (answer.estimate) box.append(quote("Notes, database style", notesString(answer.estimate), "the notes"));
  const details = element("details");
  details.append(element("summary", null, "Assumptions"));
  const list = element("ul");
  for (const assumption of answer.assumptions || []) list.append(element("li", "assumption", assumption));
  details.append(list);
  box.append(details);
}

async function updateBest() {
  const ticket = ++bestSequence;
  writeURL(pageState());
  const body = bestRequest();
  if (!body) {
    clearErrors("be");
    $("be-result").replaceChildren(element("p", "pending", "Give the facts you know to see the best estimate."));
    return;
  }
  try {
    const answer = await postCollectingErrors("estimate", body);
    if (ticket !== bestSequence) return;
    clearErrors("be");
    urlProblemsShow("be");
    if (answer.ok) showBest(answer.json);
    else showErrors("be", answer.problems, bestInputFor);
  } catch (error) {
    if (ticket === bestSequence) $("be-result").replaceChildren(element("p", "error", "The server could not be reached: " + error.message));
  }
}

function startBestCard(query) {
  for (const field of BEST_FIELDS) {
    const key = "be-" + field;
    if (!query.has(key)) continue;
    if ($(key).tagName === "SELECT") selectFromURL("be", key, field, query.get(key));
    else $(key).value = query.get(key);
  }
  const form = document.querySelector("#best form");
  form.addEventListener("input", (event) => {
    forgetURLProblem(event.target.id);
    clearTimeout(bestPending);
    bestPending = setTimeout(updateBest, 250);
  });
  form.addEventListener("submit", (event) => { event.preventDefault(); updateBest(); });
}

function bestState(state) {
  for (const field of BEST_FIELDS) state["be-" + field] = $("be-" + field).value.trim();
  return state;
}

// ---- The model card ----

let modelSequence = 0;
let modelFilename = "";
let modelPending = null;
let modelUpload = null; // { file_base64, filename } of an opened .onnx or .safetensors file
const MAX_SPEC_IN_URL = 1500; // longer specs stay out of the address bar

let optimizerChosen = false;

// A Hugging Face config trains with Adam unless the user picks otherwise (and the card says so).
function modelOptimizer(spec) {
  const chosen = $("mg-optimizer").value;
  const isConfig = !modelUpload && /"(model_type|num_hidden_layers|n_layer)"\s*:/.test(spec);
  const assumed = isConfig && !optimizerChosen && chosen === "sgd";
  $("mg-optimizer-help").textContent = (assumed ? "Assumed Adam, as transformers are trained; pick another to change it. " : "") +
    "FLOP per parameter per step: SGD 2, Adam ≈ 18 (the weight update, shared by the batch).";
  return assumed ? "adam" : chosen;
}

function forgetURLProblem(id) {
  for (const card of Object.keys(urlProblems)) {
    urlProblems[card] = urlProblems[card].filter((problem) =>
      (card === "mg" ? modelInputFor(problem.field) : card === "be" ? bestInputFor(problem.field) : inputFor(card, problem.field)) !== id);
  }
}

function modelRequest() {
  const spec = $("mg-spec").value;
  let body;
  if (modelUpload) {
    body = { file_base64: modelUpload.file_base64, filename: modelUpload.filename };
    const dims = $("mg-dims").value.trim();
    if (dims) body["dims"] = dims;
  } else {
    if (!spec.trim()) return null;
    body = { spec };
    if (modelFilename) body["filename"] = modelFilename;
  }
  const seqLen = $("mg-seq-len").value.trim();
  if (seqLen) body["seq-len"] = seqLen;
  if ($("mg-attention").value) body["attention"] = $("mg-attention").value;
  const batch = $("mg-batch").value.trim();
  if (batch) body["batch-size"] = batch;
  body["optimizer"] = modelOptimizer(spec);
  const data = $("mg-data").value.trim();
  if (data) body[$("mg-data-kind").value] = data;
  const epochs = $("mg-epochs").value.trim();
  if (epochs) body["epochs"] = epochs;
  return body;
}

function modelInputFor(field) {
  return { spec: "mg-spec", filename: "mg-spec", file_base64: "mg-spec", dims: "mg-dims", "batch-size": "mg-batch", optimizer: "mg-optimizer",
    "seq-len": "mg-seq-len", attention: "mg-attention",
    examples: "mg-data", tokens: "mg-data", epochs: "mg-epochs" }[field] || null;
}

function clearModelErrors() {
  for (const node of document.querySelectorAll("#model .error")) node.textContent = "";
  for (const node of document.querySelectorAll("#model [aria-invalid]")) node.removeAttribute("aria-invalid");
}

const FOLDED_ROWS = 12;

// The layer table, its costliest rows first when folded, every row in model order when unfolded.
function layerTable(layers) {
  const cost = (layer) => layer.forward_flop + layer.input_gradient_flop + layer.weight_gradient_flop;
  const wrapper = element("div");
  const scroll = element("div", "table-scroll");
  const toggle = element("button", "toggle");
  toggle.type = "button";
  let open = layers.length <= FOLDED_ROWS;
  function draw() {
    const rows = open ? layers : layers.slice().sort((a, b) => cost(b) - cost(a)).slice(0, FOLDED_ROWS);
    const table = dataTable(open ? "FLOP per example, layer by layer (" + layers.length + " layers)"
      : "The " + FOLDED_ROWS + " costliest of " + layers.length + " layers, FLOP per example",
      ["layer", "kind", "output", "parameters", "forward", "input gradient", "weight gradient"],
      rows.map((layer) => [layer.name, layer.kind, "[" + layer.output_shape.join(", ") + "]",
        layer.parameters.toLocaleString("en-US"), formatNumber(layer.forward_flop), formatNumber(layer.input_gradient_flop),
        formatNumber(layer.weight_gradient_flop) + (layer.is_frozen ? " (frozen)" : "")]));
    scroll.replaceChildren(table);
    toggle.textContent = open ? "Show only the " + FOLDED_ROWS + " costliest layers" : "Show all " + layers.length + " layers";
    toggle.setAttribute("aria-expanded", String(open));
  }
  toggle.addEventListener("click", () => { open = !open; draw(); });
  draw();
  wrapper.append(scroll);
  if (layers.length > FOLDED_ROWS) wrapper.append(toggle);
  return wrapper;
}

// The backward/forward ratio by batch size, drawn to the card's width: log₂ batch axis with
// labels thinned so they never collide, a ratio axis zoomed to the data (with 1, 2 and 3 marked
// when in view) so a nearly flat curve still shows its shape.
function ratioChart(points, width = 560) {
  const sorted = points.filter((p) => p.batch_size > 0 && Number.isFinite(p.ratio)).sort((a, b) => a.batch_size - b.batch_size);
  const height = Math.round(Math.min(300, Math.max(200, width * 0.5)));
  const left = 48, right = 12, top = 12, bottom = 44;
  const svg = svgElement("svg", { viewBox: "0 0 " + width + " " + height, class: "chart", role: "img",
    "aria-label": "Backward/forward ratio by batch size: " + sorted.map((p) => "batch " + p.batch_size + ": " + p.ratio.toPrecision(3)).join("; ") });
  if (!sorted.length) return svg;
  const lowBatch = Math.log2(sorted[0].batch_size);
  const highBatch = Math.max(Math.log2(sorted[sorted.length - 1].batch_size), lowBatch + 1);
  const ratios = sorted.map((p) => p.ratio);
  let lowRatio = Math.min(...ratios);
  let highRatio = Math.max(...ratios);
  const pad = Math.max((highRatio - lowRatio) * 0.15, 0.05);
  lowRatio = Math.max(0, lowRatio - pad);
  highRatio = highRatio + pad;
  const x = (batch) => left + (Math.log2(batch) - lowBatch) / (highBatch - lowBatch) * (width - left - right);
  const y = (ratio) => top + (1 - (ratio - lowRatio) / (highRatio - lowRatio)) * (height - top - bottom);
  const ticks = 5;
  for (let i = 0; i <= ticks; i++) {
    const ratio = lowRatio + (highRatio - lowRatio) * i / ticks;
    svg.append(svgElement("line", { x1: left, x2: width - right, y1: y(ratio), y2: y(ratio), class: "grid" }));
    svg.append(svgElement("text", { x: left - 6, y: y(ratio) + 4, "text-anchor": "end" }, ratio.toFixed(highRatio - lowRatio < 0.5 ? 3 : 2)));
  }
  const exponents = [];
  for (let e = Math.ceil(lowBatch); e <= Math.floor(highBatch); e++) exponents.push(e);
  const perLabel = (width - left - right) / Math.max(1, exponents.length);
  const step = Math.max(1, Math.ceil(44 / perLabel));
  exponents.forEach((e, index) => {
    if (index % step) return;
    svg.append(svgElement("text", { x: x(Math.pow(2, e)), y: height - bottom + 16, "text-anchor": "middle" }, String(Math.pow(2, e))));
  });
  svg.append(svgElement("path", { d: "M" + left + "," + top + " V" + (height - bottom) + " H" + (width - right), class: "axis" }));
  svg.append(svgElement("text", { x: left + (width - left - right) / 2, y: height - 6, "text-anchor": "middle" }, "batch size (log scale)"));
  svg.append(svgElement("path", { d: sorted.map((p, i) => (i ? "L" : "M") + x(p.batch_size) + "," + y(p.ratio)).join(" "), class: "line" }));
  for (const p of sorted) {
    const dot = svgElement("circle", { cx: x(p.batch_size), cy: y(p.ratio), r: 3, class: "point" });
    dot.append(svgElement("title", {}, "batch " + p.batch_size + ": " + p.ratio.toPrecision(4)));
    svg.append(dot);
  }
  return svg;
}

// Base64 of an ArrayBuffer, in chunks small enough for String.fromCharCode.
function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000));
  }
  return btoa(text);
}

function showParameters(answer) {
  const count = (value) => value === null || value === undefined ? "unknown" : value.toLocaleString("en-US");
  const p = answer.parameters;
  const box = $("mg-result");
  box.replaceChildren(element("p", "total", answer.path + ": " + count(p.total) + " parameters"),
    element("p", null, "Non-embedding " + count(p.non_embedding) + "; by dtype: " +
      Object.entries(p.by_dtype || {}).map(([type, n]) => type + " " + count(n)).join(", ") +
      ". A checkpoint has no layer graph; give a spec or config for the backward analysis."));
}

function showOperators(answer) {
  const box = $("mg-result");
  const coverage = answer.coverage;
  box.replaceChildren(element("p", "total", answer.path + ": " + formatFLOP(answer.forward_flop) + " forward"),
    element("p", null, answer.parameters.toLocaleString("en-US") + " parameters; " + coverage.supported_nodes + " of " +
      coverage.total_nodes + " nodes understood" + (coverage.unsupported.length ? " (unsupported: " +
      coverage.unsupported.map((u) => u.op + " ×" + u.count).join(", ") + ")" : "") +
      ". The graph branches, so there is no layer-by-layer backward analysis."));
  const table = element("table");
  table.append(element("caption", null, "Forward FLOP by operator"));
  const tbody = element("tbody");
  for (const [op, flop] of Object.entries(answer.forward_flop_by_operator).filter(([, f]) => f > 0).sort((a, b) => b[1] - a[1])) {
    const row = element("tr");
    const name = element("th", null, op);
    name.scope = "row";
    row.append(name, element("td", null, formatNumber(flop)));
    tbody.append(row);
  }
  table.append(tbody);
  const wrapper = element("div", "table-scroll");
  wrapper.append(table);
  box.append(wrapper);
}

function showModel(answer) {
  if (answer.kind === "parameters") return showParameters(answer);
  if (answer.kind === "onnx_operators") return showOperators(answer);
  const box = $("mg-result");
  box.replaceChildren();
  const analysis = answer.analysis;
  const totals = analysis.totals;
  const ratio = totals.backward_forward_ratio;
  const headline = element("p", "headline");
  const ratioOutput = element("output", "flop big", ratio.toPrecision(4));
  ratioOutput.id = "mg-ratio";
  ratioOutput.dataset.ratio = String(ratio);
  headline.append(ratioOutput, element("span", "beside", "backward/forward ratio at batch size " + analysis.batch_size +
    " with " + analysis.optimizer + (($("mg-batch").value.trim()) ? "" : " (batch size assumed)")));
  box.append(headline);
  box.append(element("p", null, analysis.model + ": " + totals.parameters.toLocaleString("en-US") + " parameters, " +
    formatNumber(totals.forward_flop) + " forward FLOP per example."));
  for (const assumption of answer.assumptions || []) box.append(element("p", "assumption", "Assuming " + assumption.replace(/^assuming /i, "")));
  if (analysis.estimate) {
    const estimate = analysis.estimate;
    const total = element("p", "headline");
    const flop = element("output", "flop big", formatFLOP(estimate.total_flop));
    flop.id = "mg-flop";
    flop.dataset.flop = String(estimate.total_flop);
    total.append(flop, element("span", "beside", "training compute · " + formatNumber(estimate.pf_days) + " PF-days"));
    box.append(total);
    if (estimate.range) box.append(intervalChart(estimate.range.low, estimate.total_flop, estimate.range.high, widthOf(box)));
    box.append(quote("Sentence for your paper", estimate.summary, "the sentence"));
  }
  const figure = element("figure");
  figure.append(ratioChart(answer.ratios.ratios, Math.min(widthOf(box), 640)),
    element("figcaption", "help", "The ratio falls toward the layers' own ratio as the batch grows and the optimizer's update is shared by more examples."));
  box.append(figure);
  box.append(layerTable(analysis.layers));
}

async function updateModel() {
  const ticket = ++modelSequence;
  writeURL(pageState());
  const body = modelRequest();
  if (!body) {
    clearModelErrors();
    $("mg-result").replaceChildren(element("p", "pending", "Paste or open a model spec to see its layers."));
    return;
  }
  try {
    const answer = await postCollectingErrors("model", body);
    if (ticket !== modelSequence) return;
    clearModelErrors();
    urlProblemsShow("mg");
    if (answer.ok) showModel(answer.json);
    else showErrors("mg", answer.problems, modelInputFor);
  } catch (error) {
    if (ticket === modelSequence) $("mg-result").replaceChildren(element("p", "error", "The server could not be reached: " + error.message));
  }
}

function scheduleModelUpdate() {
  clearTimeout(modelPending);
  modelPending = setTimeout(updateModel, 300);
}

async function startModelCard(query) {
  if (query.has("spec")) $("mg-spec").value = query.get("spec");
  if (query.has("spec-z")) {
    try {
      $("mg-spec").value = await inflate(query.get("spec-z"));
    } catch (error) {
      urlProblems.mg.push({ field: "spec", error: "spec-z in the address could not be decompressed; paste the spec again." });
    }
  }
  if (query.has("seq-len")) $("mg-seq-len").value = query.get("seq-len");
  if (query.has("attention")) selectFromURL("mg", "mg-attention", "attention", query.get("attention"));
  if (query.has("model-batch-size")) $("mg-batch").value = query.get("model-batch-size");
  if (query.has("optimizer")) { optimizerChosen = true; selectFromURL("mg", "mg-optimizer", "optimizer", query.get("optimizer")); }
  if (query.has("model-examples")) { $("mg-data-kind").value = "examples"; $("mg-data").value = query.get("model-examples"); }
  if (query.has("model-tokens")) { $("mg-data-kind").value = "tokens"; $("mg-data").value = query.get("model-tokens"); }
  if (query.has("model-epochs")) $("mg-epochs").value = query.get("model-epochs");
  const form = document.querySelector("#model form");
  form.addEventListener("input", (event) => { forgetURLProblem(event.target.id); if (event.target.id !== "mg-file") scheduleModelUpdate(); });
  $("mg-optimizer").addEventListener("change", () => { optimizerChosen = true; });
  form.addEventListener("submit", (event) => { event.preventDefault(); updateModel(); });
  $("mg-file").addEventListener("change", async () => {
    const file = $("mg-file").files[0];
    if (!file) return;
    modelFilename = file.name;
    if (/\.(onnx|safetensors)$/i.test(file.name)) {
      modelUpload = { file_base64: base64(await file.arrayBuffer()), filename: file.name };
      $("mg-spec").value = "";
    } else {
      modelUpload = null;
      $("mg-spec").value = await file.text();
    }
    updateModel();
  });
  $("mg-spec").addEventListener("input", () => { modelFilename = ""; modelUpload = null; });
}

// The spec rides in the address bar: as it is when short, deflated and base64url-encoded when
// long (`spec-z`), and left out with a word to the user when even that is too long.
let compressedSpec = { text: "", encoded: "" };

async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return base64(bytes.buffer).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function inflate(encoded) {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return await new Response(stream).text();
}

const MAX_URL_SPEC = 6000; // characters of encoded spec kept in the address bar

function modelState(state) {
  const spec = $("mg-spec").value;
  $("mg-spec-url").textContent = "";
  if (spec.trim() && spec.length <= MAX_SPEC_IN_URL) {
    state["spec"] = spec;
  } else if (spec.trim() && compressedSpec.text === spec && compressedSpec.encoded.length <= MAX_URL_SPEC) {
    state["spec-z"] = compressedSpec.encoded;
  } else if (spec.trim()) {
    $("mg-spec-url").textContent = "This spec is too long to keep in the address, even compressed: the link holds the other inputs only; save the spec as a file.";
    if (compressedSpec.text !== spec) {
      deflate(spec).then((encoded) => { compressedSpec = { text: spec, encoded }; writeURL(pageState()); }).catch(() => {});
    }
  }
  state["seq-len"] = $("mg-seq-len").value.trim();
  state["attention"] = $("mg-attention").value;
  state["model-batch-size"] = $("mg-batch").value.trim();
  if ($("mg-optimizer").value !== "sgd") state["optimizer"] = $("mg-optimizer").value;
  state["model-" + $("mg-data-kind").value] = $("mg-data").value.trim();
  state["model-epochs"] = $("mg-epochs").value.trim();
  return state;
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
  await loadCatalog();
  showCatalog();
  $("hw-filter").addEventListener("input", showCatalog);
  await Promise.all([update(), updateModel(), updateBest(), loadUtilizations(), startPlanCard(planQuery)]);
}

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
  const show = (value) => Number(value.toPrecision(digits || 3)).toLocaleString("en-US");
  if (figure.low === figure.high) return show(figure.value);
  return show(figure.value) + " (" + show(figure.low) + " to " + show(figure.high) + ")";
}

function planTimeline(plan) {
  const days = plan.hardware && plan.hardware.days ? plan.hardware.days.value : null;
  if (!days) return null;
  const prior = plan.prior_flop || 0;
  const end = prior + plan.total_flop.value;
  const marks = plan.thresholds.map((mark) => mark.threshold_flop);
  const top = Math.log10(Math.max(end, ...marks) * 2);
  const bottom = Math.log10(end) - 4;
  const width = 560, height = 200, left = 50, bottomPad = 24;
  const x = (day) => left + (day / days) * (width - left - 10);
  const y = (flop) => height - bottomPad - ((Math.log10(Math.max(flop, 10 ** bottom)) - bottom) / (top - bottom)) * (height - bottomPad - 10);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Cumulative training FLOP over " + Number(days.toPrecision(3)) + " days against the regulatory marks");
  svg.id = "plan-timeline";
  svg.style.maxWidth = "640px";
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
  for (const [threshold, names] of named) {
    const level = y(threshold).toFixed(1);
    add("line", { x1: left, x2: width - 10, y1: level, y2: level, stroke: "#b45309", "stroke-dasharray": "4 3" });
    add("text", { x: left + 4, y: level - 3, "font-size": "10", fill: "#b45309" }, formatFLOP(threshold) + " " + names.join("; "));
  }
  add("polyline", { points: points.join(" "), fill: "none", stroke: "#1d4ed8", "stroke-width": "2" });
  add("line", { x1: left, x2: width - 10, y1: height - bottomPad, y2: height - bottomPad, stroke: "#555" });
  add("text", { x: left, y: height - 6, "font-size": "10" }, "day 0");
  add("text", { x: width - 60, y: height - 6, "font-size": "10" }, "day " + Number(days.toPrecision(3)));
  add("text", { x: 2, y: y(end) + 4, "font-size": "10" }, formatFLOP(end));
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
    const timeline = planTimeline(plan);
    if (timeline) box.append(timeline);
  }
  const optima = element("ul", "plan-optima");
  for (const optimum of plan.compute_optimal) {
    optima.append(element("li", null, optimum.name + ": " + formatFLOP(optimum.parameters) + " parameters, " +
      formatFLOP(optimum.tokens) + " tokens (" + optimum.tokens_per_parameter.toPrecision(3) + " per parameter); " + optimum.source));
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

function startPlanCard(query) {
  for (const field of PLAN_FIELDS) {
    const value = query.get("plan-" + field);
    if (value) $("plan-" + field).value = value;
  }
  const form = document.querySelector("#plan form");
  form.addEventListener("input", () => { clearTimeout(planPending); planPending = setTimeout(updatePlan, 300); });
  form.addEventListener("submit", (event) => { event.preventDefault(); updatePlan(); });
  return updatePlan();
}

document.addEventListener("DOMContentLoaded", start);

// ---- The ledger card: POST /api/v1/report ----

let ledgerPending = null;
let ledgerSequence = 0;

function showLedgerReport(report) {
  const box = $("lg-result");
  box.replaceChildren();
  const headline = element("p", "total", "Cumulative training compute: ");
  const value = element("strong", null, report.headline);
  value.id = "lg-headline";
  value.dataset.flop = String(report.cumulative_flop);
  headline.append(value);
  box.append(headline);
  box.append(element("p", null, "Parameter updates " + formatFLOP(report.parameter_update_flop) + ". " + report.accuracy.statement));
  if (report.forecast.notification) box.append(element("p", "warning", report.forecast.notification));
  const verdicts = element("ul");
  for (const check of report.thresholds.filter((c) => c.active)) {
    verdicts.append(element("li", null, check.regime_name + ": " + check.statement));
  }
  box.append(verdicts);
  const table = element("table");
  const head = element("tr");
  for (const title of ["Stage", "Kind", "FLOP", "Counted"]) head.append(element("th", null, title));
  table.append(head);
  for (const stage of report.stages) {
    const row = element("tr");
    row.append(element("td", null, stage.name), element("td", null, stage.kind), element("td", null, formatFLOP(stage.flop)),
      element("td", null, stage.included_in_cumulative ? "yes" : "no: " + stage.exclusion_reason));
    table.append(row);
  }
  box.append(table);
}

async function updateLedger() {
  const ticket = ++ledgerSequence;
  const text = $("lg-ledger").value;
  $("lg-ledger-error").textContent = "";
  $("lg-ledger").removeAttribute("aria-invalid");
  if (!text.trim()) {
    $("lg-result").replaceChildren(element("p", "pending", "Paste a ledger to see its totals and the verdict for each regime."));
    return;
  }
  try {
    const answer = await post("report", { ledger: text, format: "json" });
    if (ticket !== ledgerSequence) return;
    if (answer.ok) {
      showLedgerReport(answer.json);
    } else {
      $("lg-ledger").setAttribute("aria-invalid", "true");
      $("lg-ledger-error").textContent = answer.json.error;
      $("lg-result").replaceChildren();
    }
  } catch (error) {
    if (ticket === ledgerSequence) $("lg-ledger-error").textContent = "The server could not be reached: " + error.message;
  }
}

async function downloadLedgerReport() {
  const format = $("lg-format").value;
  const response = await fetch("/api/v1/report", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ledger: $("lg-ledger").value, format }),
  });
  if (!response.ok) { $("lg-ledger-error").textContent = (await response.json()).error; return; }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "training-compute-report." + { html: "html", markdown: "md", json: "json" }[format];
  link.click();
  URL.revokeObjectURL(link.href);
}

function startLedgerCard() {
  const query = new URLSearchParams(location.search);
  if (query.has("ledger")) $("lg-ledger").value = query.get("ledger");
  $("lg-ledger").addEventListener("input", () => { clearTimeout(ledgerPending); ledgerPending = setTimeout(updateLedger, 300); });
  $("lg-download").addEventListener("click", downloadLedgerReport);
  updateLedger();
}

document.addEventListener("DOMContentLoaded", startLedgerCard);

// ---- The catalog card ----

function sourceCell(source) {
  const cell = element("td", "source");
  const url = (source || "").match(/https?:\/\/\S+/);
  if (url) {
    const link = element("a", null, source.replace(url[0], "").replace(/[;:(),\s]+$/, "") || "source");
    link.href = url[0].replace(/[).,;]+$/, "");
    link.rel = "noopener";
    cell.append(link);
  } else {
    cell.textContent = source || "";
  }
  return cell;
}

function showCatalog() {
  const wanted = key($("hw-filter").value);
  const rows = catalog.filter((chip) => !wanted || key(chip.name).includes(wanted) ||
    (chip.aliases || []).some((alias) => key(alias).includes(wanted)) || key(chip.vendor || "").includes(wanted));
  $("hw-count").textContent = rows.length + " of " + catalog.length + " accelerators";
  const table = dataTable("Dense peak FLOP/s per chip (unrounded; sources on each row)",
    ["accelerator", "vendor", "year", "BF16", "FP16", "FP8", "TF32", "FP32", "TDP (W)", "source"],
    rows.slice(0, 200).map((chip) => {
      const name = element("th", null, chip.name);
      if (chip.notes) name.title = chip.notes;
      const peak = (precision) => chip.peaks && chip.peaks[precision] ? formatNumber(chip.peaks[precision]) : "—";
      return [name, chip.vendor || "", String(chip.release_year || ""), peak("bf16"), peak("fp16"), peak("fp8"),
        peak("tf32"), peak("fp32"), chip.tdp_watts ? String(chip.tdp_watts) : "—", sourceCell(chip.source)];
    }));
  $("hw-table").replaceChildren(table);
}

// The utilization table, where the server has one (GET /api/v1/hardware/utilization).
async function loadUtilizations() {
  try {
    const response = await fetch("/api/v1/utilization");
    if (!response.ok) return;
    const answer = await response.json();
    const runs = Array.isArray(answer) ? answer : (answer.runs || []);
    if (!runs.length) return;
    const table = dataTable("Utilization reported by real training runs (" + runs.length + ")",
      ["model", "year", "hardware", "chips", "utilization", "kind", "source"],
      runs.map((run) => [run.model, String(run.year), run.hardware, run.chips ? run.chips.toLocaleString("en-US") : "—",
        formatPercent(run.utilization), String(run.kind).toUpperCase(), sourceCell(run.source)]));
    const scroll = element("div", "table-scroll");
    scroll.id = "ut-table";
    scroll.append(table);
    $("ut-box").replaceChildren(scroll);
  } catch (error) {
    // No table on this server: the card shows the catalog alone.
  }
}

// ---- Self-check (`?check` in the address) ----
// Records what a reviewer would look for — script errors, anything wider than the screen, inputs
// without a label, input borders under 3:1 contrast, where each card's first input sits — in a
// block at the end of the page, so a headless browser (the tests) or a person can read it.

const scriptErrors = [];
window.addEventListener("error", (event) => scriptErrors.push(String(event.message)));
window.addEventListener("unhandledrejection", (event) => scriptErrors.push(String(event.reason)));

function luminance(color) {
  const [r, g, b] = (color.match(/[\d.]+/g) || [0, 0, 0]).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

function pageCheck() {
  const viewport = document.documentElement.clientWidth;
  const overflowing = [...document.querySelectorAll("body *")].filter((node) => {
    if (node.closest(".table-scroll") && !node.classList.contains("table-scroll")) return false;
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.right > viewport + 1;
  }).map((node) => node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") + (node.className && typeof node.className === "string" ? "." + node.className.split(" ")[0] : ""));
  const controls = [...document.querySelectorAll("input, select, textarea")].filter((node) => node.type !== "hidden");
  const unlabelled = controls.filter((node) => !node.labels || node.labels.length === 0).map((node) => node.id || node.name);
  const lowContrast = controls.filter((node) => node.type !== "radio" && node.type !== "file" && node.offsetParent).filter((node) => {
    const style = getComputedStyle(node);
    const card = getComputedStyle(node.closest(".card") || document.body).backgroundColor;
    return contrast(style.borderTopColor, card) < 3;
  }).map((node) => node.id);
  const firstInputs = {};
  for (const card of document.querySelectorAll(".card")) {
    const first = card.querySelector("input:not([type=radio]), select, textarea");
    if (first) firstInputs[card.id] = Math.round(first.getBoundingClientRect().top + window.scrollY);
  }
  const report = { viewport, page_width: document.documentElement.scrollWidth, overflowing, unlabelled,
    low_contrast: lowContrast, script_errors: scriptErrors, first_input_top: firstInputs,
    first_card: (document.querySelector(".card") || {}).id || null };
  const block = document.getElementById("page-check") || element("pre");
  block.id = "page-check";
  block.textContent = JSON.stringify(report);
  document.body.append(block);
}

const checkRequested = new URLSearchParams(location.search).has("check"); // before writeURL drops it

document.addEventListener("DOMContentLoaded", async () => {
  try {
    await start();
  } catch (error) {
    scriptErrors.push(String(error));
  }
  if (checkRequested) setTimeout(pageCheck, 100);
});
