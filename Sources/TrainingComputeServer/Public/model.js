// The model card: a spec, config.json, ONNX or safetensors file → POST /api/v1/model → the ratio, its chart, the layer table.
// Helpers ($, element, dataTable, formatNumber …) come from app.js, which loads first.
"use strict";

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
