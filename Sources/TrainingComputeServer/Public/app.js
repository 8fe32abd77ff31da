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

function key(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function chipNamed(name) {
  const wanted = key(name);
  if (!wanted) return null;
  return catalog.find((chip) => key(chip.name) === wanted || chip.aliases.some((a) => key(a) === wanted)) || null;
}

function formatFLOP(value) {
  if (value === 0) return "0";
  return value.toExponential(2).replace("e+", "e");
}

function formatPercent(fraction) {
  return (Math.round(fraction * 1000) / 10).toString() + " %";
}

// ---- State in the address bar ----

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
  if (query.has("precision")) $("m2-precision").value = query.get("precision").toLowerCase();
  if (query.has("count")) $("m2-count").value = query.get("count");
  const unit = timeUnits.find((k) => query.has(k));
  if (unit) { $("m2-time-unit").value = unit; $("m2-time").value = query.get(unit); }
  if (query.has("domain")) $("m2-domain").value = query.get("domain");
  if (query.has("utilization")) $("m2-utilization").value = query.get("utilization").replace("%", "");
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
  return modelState(state);
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

function clearErrors(card) {
  for (const element of document.querySelectorAll("#" + (card === "m1" ? "method1" : "method2") + " .error")) {
    element.textContent = "";
  }
  for (const element of document.querySelectorAll("#" + (card === "m1" ? "method1" : "method2") + " [aria-invalid]")) {
    element.removeAttribute("aria-invalid");
  }
}

function showError(card, problem) {
  const id = problem.field ? inputFor(card, problem.field) : null;
  if (id && $(id + "-error")) {
    $(id).setAttribute("aria-invalid", "true");
    $(id + "-error").textContent = problem.error;
    $(card + "-result").innerHTML = '<p class="pending">Correct the field marked above.</p>';
  } else {
    $(card + "-result").innerHTML = "";
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = problem.error;
    $(card + "-result").append(p);
  }
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showEstimate(card, estimate) {
  const box = $(card + "-result");
  box.innerHTML = "";
  const total = element("p", "total");
  const flop = element("output", "flop", formatFLOP(estimate.total_flop) + " FLOP");
  flop.id = card + "-flop";
  flop.dataset.flop = String(estimate.total_flop);
  total.append(flop, " = ", element("span", "pfdays", formatFLOP(estimate.pf_days) + " PF-days"));
  box.append(total);
  if (estimate.range) {
    box.append(element("p", "range", "Plausible range " + formatFLOP(estimate.range.low) + " to " +
      formatFLOP(estimate.range.high) + " FLOP (" + estimate.range.basis + ")."));
  }
  for (const warning of estimate.warnings || []) box.append(element("p", "warning", "⚠ " + warning));
  const summary = element("figure", "summary");
  summary.append(element("figcaption", null, "Sentence for your paper"), element("blockquote", null, estimate.summary));
  box.append(summary);
  const details = element("details");
  details.append(element("summary", null, "Formula, inputs and assumptions"));
  details.append(element("p", "formula", estimate.formula));
  const list = element("ul");
  for (const input of estimate.inputs) {
    const value = typeof input.value === "number" ? Number(input.value.toPrecision(6)).toString() : input.value;
    list.append(element("li", null, input.name + " = " + value + (input.is_default ? " (default)" : "") + ": " + input.meaning));
  }
  for (const assumption of estimate.assumptions) list.append(element("li", "assumption", assumption));
  details.append(list);
  box.append(details);
}

function showComparison(result) {
  const box = $("m3-result");
  box.innerHTML = "";
  const implied = element("p", "total");
  const value = element("output", "flop", formatPercent(result.implied_utilization));
  value.id = "m3-implied";
  value.dataset.impliedUtilization = String(result.implied_utilization);
  implied.append("Implied utilization ", value);
  box.append(implied);
  box.append(element("p", null, "Counting operations ÷ hardware time = " + result.ratio.toPrecision(3) + "."));
  for (const warning of result.warnings) box.append(element("p", "warning", "⚠ " + warning));
  box.append(element("p", "summary-text", result.summary));
}

// ---- Talking to the API ----

async function post(path, body) {
  const response = await fetch("/api/v1/" + path, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  const json = await response.json();
  return { ok: response.ok, json };
}

async function runCard(card, path, body, hint, ticket) {
  if (!body) {
    clearErrors(card);
    $(card + "-result").innerHTML = "";
    $(card + "-result").append(element("p", "pending", hint));
    return false;
  }
  try {
    const answer = await post(path, body);
    if (ticket !== sequence) return false;
    clearErrors(card);
    if (answer.ok) showEstimate(card, answer.json); else showError(card, answer.json);
    return answer.ok;
  } catch (error) {
    if (ticket !== sequence) return false;
    clearErrors(card);
    showError(card, { error: "The server could not be reached: " + error.message });
    return false;
  }
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
    runCard("m2", "estimate/hardware", m2, "Give the hardware (or a peak), the chips and the training time to see the result.", ticket),
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

// ---- The model card ----

let modelSequence = 0;
let modelFilename = "";
let modelPending = null;
let modelUpload = null; // { file_base64, filename } of an opened .onnx or .safetensors file
const MAX_SPEC_IN_URL = 1500; // longer specs stay out of the address bar

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
  const batch = $("mg-batch").value.trim();
  if (batch) body["batch-size"] = batch;
  body["optimizer"] = $("mg-optimizer").value;
  const data = $("mg-data").value.trim();
  if (data) body[$("mg-data-kind").value] = data;
  const epochs = $("mg-epochs").value.trim();
  if (epochs) body["epochs"] = epochs;
  return body;
}

function modelInputFor(field) {
  return { spec: "mg-spec", filename: "mg-spec", file_base64: "mg-spec", dims: "mg-dims", "batch-size": "mg-batch", optimizer: "mg-optimizer",
    examples: "mg-data", tokens: "mg-data", epochs: "mg-epochs" }[field] || null;
}

function clearModelErrors() {
  for (const node of document.querySelectorAll("#model .error")) node.textContent = "";
  for (const node of document.querySelectorAll("#model [aria-invalid]")) node.removeAttribute("aria-invalid");
}

function layerTable(layers) {
  const table = element("table");
  table.append(element("caption", null, "FLOP per example, layer by layer"));
  const head = element("tr");
  for (const name of ["layer", "kind", "output", "parameters", "forward", "input gradient", "weight gradient"]) {
    const th = element("th", null, name);
    th.scope = "col";
    head.append(th);
  }
  const thead = element("thead");
  thead.append(head);
  const tbody = element("tbody");
  for (const layer of layers) {
    const row = element("tr");
    const name = element("th", null, layer.name);
    name.scope = "row";
    row.append(name, element("td", null, layer.kind), element("td", null, "[" + layer.output_shape.join(", ") + "]"),
      element("td", null, layer.parameters.toLocaleString("en-US")),
      element("td", null, formatFLOP(layer.forward_flop)), element("td", null, formatFLOP(layer.input_gradient_flop)),
      element("td", null, formatFLOP(layer.weight_gradient_flop) + (layer.is_frozen ? " (frozen)" : "")));
    tbody.append(row);
  }
  table.append(thead, tbody);
  const wrapper = element("div", "table-scroll");
  wrapper.append(table);
  return wrapper;
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
  box.replaceChildren(element("p", "total", answer.path + ": " + formatFLOP(answer.forward_flop) + " forward FLOP"),
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
    row.append(name, element("td", null, formatFLOP(flop)));
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
  const headline = element("p", "total");
  const ratioOutput = element("output", "flop", ratio.toPrecision(4));
  ratioOutput.id = "mg-ratio";
  ratioOutput.dataset.ratio = String(ratio);
  headline.append("Backward/forward ratio ", ratioOutput, " at batch size " + analysis.batch_size);
  box.append(headline);
  box.append(element("p", null, analysis.model + ": " + totals.parameters.toLocaleString("en-US") + " parameters, " +
    formatFLOP(totals.forward_flop) + " forward FLOP per example, optimizer " + analysis.optimizer + "."));
  if (analysis.estimate) {
    const estimate = analysis.estimate;
    const total = element("p", "total");
    const flop = element("output", "flop", formatFLOP(estimate.total_flop) + " FLOP");
    flop.id = "mg-flop";
    flop.dataset.flop = String(estimate.total_flop);
    total.append("Training compute ", flop, " = " + formatFLOP(estimate.pf_days) + " PF-days");
    box.append(total);
    const summary = element("figure", "summary");
    summary.append(element("figcaption", null, "Sentence for your paper"), element("blockquote", null, estimate.summary));
    box.append(summary);
  }
  box.append(layerTable(analysis.layers));
  const chart = element("img", "chart");
  chart.alt = "Backward/forward ratio by batch size: " + answer.ratios.ratios
    .map((point) => "batch " + point.batch_size + ": " + point.ratio.toPrecision(3)).join("; ");
  chart.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(answer.ratio_chart_svg);
  const figure = element("figure");
  figure.append(chart, element("figcaption", "help", "The ratio falls toward the layers' own ratio as the batch grows and the optimizer's update is shared by more examples."));
  box.append(figure);
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
    const answer = await post("model", body);
    if (ticket !== modelSequence) return;
    clearModelErrors();
    if (answer.ok) { showModel(answer.json); return; }
    const id = answer.json.field ? modelInputFor(answer.json.field) : null;
    if (id) {
      $(id).setAttribute("aria-invalid", "true");
      $(id + "-error").textContent = answer.json.error;
      $("mg-result").replaceChildren(element("p", "pending", "Correct the field marked above."));
    } else {
      $("mg-result").replaceChildren(element("p", "error", answer.json.error));
    }
  } catch (error) {
    if (ticket === modelSequence) $("mg-result").replaceChildren(element("p", "error", "The server could not be reached: " + error.message));
  }
}

function scheduleModelUpdate() {
  clearTimeout(modelPending);
  modelPending = setTimeout(updateModel, 300);
}

function startModelCard(query) {
  if (query.has("spec")) $("mg-spec").value = query.get("spec");
  if (query.has("model-batch-size")) $("mg-batch").value = query.get("model-batch-size");
  if (query.has("optimizer")) $("mg-optimizer").value = query.get("optimizer");
  if (query.has("model-examples")) { $("mg-data-kind").value = "examples"; $("mg-data").value = query.get("model-examples"); }
  if (query.has("model-tokens")) { $("mg-data-kind").value = "tokens"; $("mg-data").value = query.get("model-tokens"); }
  if (query.has("model-epochs")) $("mg-epochs").value = query.get("model-epochs");
  const form = document.querySelector("#model form");
  form.addEventListener("input", (event) => { if (event.target.id !== "mg-file") scheduleModelUpdate(); });
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

function modelState(state) {
  const spec = $("mg-spec").value;
  if (spec.trim() && spec.length <= MAX_SPEC_IN_URL) state["spec"] = spec;
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
      (chip ? (peak ? " — " + peak.toExponential() .replace("e+", "e") + unit : " — no published peak") : "");
  }
  if (!chip) { $("m2-peak-note").textContent = ""; return; }
  const precision = select.value || chip.default_precision;
  const peak = precision ? chip.peaks[precision] : undefined;
  $("m2-peak-note").textContent = chip.name + (peak
    ? ": dense " + precision.toUpperCase() + " peak " + peak.toExponential().replace("e+", "e") +
      " FLOP/s per chip, used unrounded" + (select.value ? "." : " (the chip's training default).")
    : ": no published peak at this precision.");
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
  startModelCard(new URLSearchParams(location.search));
  for (const form of document.querySelectorAll("#method1 form, #method2 form")) {
    form.addEventListener("input", scheduleUpdate);
    form.addEventListener("change", () => { showPeakSource(); scheduleUpdate(); });
    form.addEventListener("submit", (event) => { event.preventDefault(); update(); });
  }
  await loadCatalog();
  await Promise.all([update(), updateModel(), startPlanCard(planQuery)]);
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
  const flop = element("output", "flop", formatFLOP(plan.total_flop.value) + " FLOP");
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
  box.append(element("p", null, "Parameter updates " + formatFLOP(report.parameter_update_flop) + " FLOP. " + report.accuracy.statement));
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
