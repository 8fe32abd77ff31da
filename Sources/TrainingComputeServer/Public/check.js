// The self-check (`?check` in the address), and the start of the page once every script is in.
// It loads first, so it hears every script error; the helpers it uses come from app.js.
"use strict";

// ---- Self-check (`?check` in the address) ----
// Records what a reviewer would look for — script errors, anything wider than the screen, inputs
// without a label, input borders under 3:1 contrast, where each card's first input sits — in a
// block at the end of the page, so a headless browser (the tests) or a person can read it.

const scriptErrors = [];
window.addEventListener("error", (event) => scriptErrors.push(String(event.message)));
window.addEventListener("unhandledrejection", (event) => scriptErrors.push(String(event.reason)));
document.addEventListener("securitypolicyviolation", (event) => scriptErrors.push("blocked by the page's policy: " + event.blockedURI));
const consoleError = console.error.bind(console);
console.error = (...parts) => { scriptErrors.push(parts.map(String).join(" ")); consoleError(...parts); };

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

// Each card's place on the page and the figures it shows: every element that carries its
// number in a data attribute, with the text printed for it.
function shownCards() {
  const cards = {};
  for (const card of document.querySelectorAll(".card")) {
    const box = card.getBoundingClientRect();
    const shown = [...card.querySelectorAll("[data-flop], [data-ratio], [data-value], [data-implied-utilization], [data-peak]")]
      .filter((node) => node.getBoundingClientRect().height > 0)
      .map((node) => ({ id: node.id || "", value: node.dataset.flop || node.dataset.ratio || node.dataset.value ||
        node.dataset.impliedUtilization || node.dataset.peak, text: node.textContent }));
    cards[card.id] = { top: Math.round(box.top + window.scrollY), left: Math.round(box.left + window.scrollX),
      height: Math.round(box.height),
      width: Math.round(box.width), shown };
  }
  return cards;
}

// Where the skip link leads, if it is the first thing a keyboard reaches and its target exists.
function skipTarget() {
  const first = document.querySelector("a[href], button, input, select, textarea");
  if (!first || !first.classList.contains("skip")) return null;
  const target = document.getElementById(first.getAttribute("href").slice(1));
  return target ? target.id : null;
}

function pageCheck() {
  const viewport = document.documentElement.clientWidth;
  const overflowing = [...document.querySelectorAll("body *")].filter((node) => {
    if (node.closest(".table-scroll") && !node.classList.contains("table-scroll")) return false;
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.right > viewport + 1;
  }).map((node) => node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") +
    (node.className && typeof node.className === "string" ? "." + node.className.split(" ")[0] : "") +
    (node.closest("svg") ? " \"" + node.textContent.slice(0, 40) + "\" in #" + (node.closest(".card") || {}).id : ""));
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
  // Files the page loads (not its API calls, whose refusals it shows in place) that failed.
  const failedFiles = performance.getEntriesByType("resource")
    .filter((entry) => entry.initiatorType !== "fetch" && entry.responseStatus >= 400)
    .map((entry) => "HTTP " + entry.responseStatus + " for " + entry.name);
  const report = { viewport, page_width: document.documentElement.scrollWidth,
    page_height: document.documentElement.scrollHeight, overflowing, unlabelled,
    low_contrast: lowContrast, script_errors: scriptErrors.concat(failedFiles), first_input_top: firstInputs,
    first_card: (document.querySelector(".card") || {}).id || null, cards: shownCards(), skip_target: skipTarget() };
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
  // A link to a card (`#batch`) lands on it once the cards above it have their results.
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) target.scrollIntoView({ block: "start" });
  if (checkRequested) setTimeout(pageCheck, 100);
});
