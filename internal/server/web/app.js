// sharekit editor. Plain DOM, no libraries: the page must run offline and
// under a CSP without 'unsafe-inline'. Every piece of user or server text is
// set with textContent or as an attribute value, never parsed as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = "sharekit-token";
  const DEBOUNCE_MS = 250;

  const ui = {
    headline: $("headline"), url: $("url"), style: $("style"), kase: $("case"),
    lang: $("lang"), best: $("best"), max: $("max"), minLength: $("min_length"), fold: $("fold"),
    keepAcronyms: $("keep_acronyms"), via: $("via"), instance: $("instance"), token: $("token"),
    tags: $("tags"), more: $("more"), moreBox: $("more-box"), restore: $("restore"), networks: $("networks"), status: $("status"),
  };

  let networks = [];          // [{name, title, limit}] from /v1/networks
  const rows = new Map();     // network name → {text, counter, open, copy, error}
  let tags = [];              // tags of the current headline, from /v1/tags: the suggestions, best first
  let rest = [];              // its other tags (/v1/tags "rest"), one click away
  const dropped = new Set();  // tag texts the editor clicked away
  const added = [];           // texts of rest tags the editor clicked in, in click order
  let generation = 0;         // bumps on every change; stale answers are ignored
  let timer = 0;

  ui.token.value = sessionStorage.getItem(TOKEN_KEY) || "";

  function setStatus(msg) { ui.status.textContent = msg || ""; }

  // api calls the JSON API and returns the decoded answer, or throws an
  // Error carrying the problem's detail.
  async function api(method, path, body) {
    const headers = {};
    const token = ui.token.value.trim();
    if (token) headers["Authorization"] = "Bearer " + token;
    const init = { method, headers };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    let data = null;
    try { data = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) {
      let msg = (data && (data.detail || data.title)) || ("HTTP " + res.status);
      if (res.status === 401) msg = "The server needs an API token: enter it under Options.";
      if (data && data.field === "instance") msg = "Enter your Mastodon server under Options to compose this post.";
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    return data;
  }

  function options() {
    const o = { style: ui.style.value, case: ui.kase.value };
    if (ui.lang.value.trim()) o.lang = ui.lang.value.trim();
    const best = parseInt(ui.best.value, 10);
    if (best > 0) o.best = best;
    const max = parseInt(ui.max.value, 10);
    if (max > 0) o.max = max;
    const min = parseInt(ui.minLength.value, 10);
    if (min > 0) o.min_length = min;
    if (ui.fold.checked) o.fold = true;
    if (ui.keepAcronyms.checked) o.keep_acronyms = true;
    return o;
  }

  function keptTags() {
    return tags.filter((t) => !dropped.has(t.text)).map((t) => t.text).concat(added);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function buildRows() {
    ui.networks.replaceChildren();
    rows.clear();
    for (const n of networks) {
      const box = el("div", "network");
      box.dataset.network = n.name;
      const head = el("div", "head");
      head.append(el("span", "name", n.title || n.name));
      const counter = el("span", "counter", "");
      head.append(counter);
      const text = el("pre", "text", "");
      const error = el("p", "error", "");
      const open = el("a", "open disabled", "Open");
      open.target = "_blank";
      open.rel = "noopener noreferrer";
      const copy = el("button", "copy", "Copy");
      copy.type = "button";
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(text.textContent);
          copy.textContent = "Copied";
          setTimeout(() => { copy.textContent = "Copy"; }, 1200);
        } catch (e) {
          setStatus("Copy failed: " + e.message);
        }
      });
      box.append(head, text, error, open, copy);
      ui.networks.append(box);
      rows.set(n.name, { box, text, counter, open, copy, error, limit: n.limit });
    }
  }

  function renderTags() {
    ui.tags.replaceChildren();
    for (const t of tags) {
      if (dropped.has(t.text)) continue;
      const chip = el("button", "chip", "#" + t.text);
      chip.type = "button";
      chip.title = "Drop #" + t.text;
      chip.addEventListener("click", () => {
        dropped.add(t.text);
        renderTags();
        compose(++generation);
      });
      ui.tags.append(chip);
    }
    for (const text of added) {
      const chip = el("button", "chip", "#" + text);
      chip.type = "button";
      chip.title = "Drop #" + text;
      chip.addEventListener("click", () => {
        added.splice(added.indexOf(text), 1);
        renderTags();
        compose(++generation);
      });
      ui.tags.append(chip);
    }
    ui.more.replaceChildren();
    for (const t of rest) {
      if (added.includes(t.text)) continue;
      const chip = el("button", "chip add", "#" + t.text);
      chip.type = "button";
      chip.title = "Add #" + t.text;
      chip.addEventListener("click", () => {
        added.push(t.text);
        renderTags();
        compose(++generation);
      });
      ui.more.append(chip);
    }
    ui.moreBox.hidden = ui.more.childElementCount === 0;
    ui.restore.hidden = dropped.size === 0;
  }

  function clearRow(r) {
    r.text.textContent = "";
    r.counter.textContent = "";
    r.counter.classList.remove("over");
    r.error.textContent = "";
    r.open.removeAttribute("href");
    r.open.classList.add("disabled");
  }

  // compose asks the server for every network's post (so the counter uses
  // the same Go length code as everything else) and for the share links.
  async function compose(gen) {
    const headline = ui.headline.value;
    const url = ui.url.value.trim();
    const base = { headline, url, hashtags: keptTags(), options: options() };
    const via = ui.via.value.trim().replace(/^@/, "");
    if (via) base.via = via;
    const instance = ui.instance.value.trim();
    if (instance) base.instance = instance;
    document.body.dataset.state = "busy";
    const posts = networks.map(async (n) => {
      const r = rows.get(n.name);
      try {
        const d = await api("POST", "/v1/post", Object.assign({ network: n.name }, base));
        if (gen !== generation) return;
        r.error.textContent = "";
        r.text.textContent = d.text;
        r.counter.textContent = d.limit > 0 ? d.length + " / " + d.limit : String(d.length);
        r.counter.classList.toggle("over", d.limit > 0 && d.length > d.limit);
      } catch (e) {
        if (gen !== generation) return;
        clearRow(r);
        r.error.textContent = e.message;
      }
    });
    const links = (async () => {
      if (!url) {
        for (const r of rows.values()) { r.open.removeAttribute("href"); r.open.classList.add("disabled"); }
        return;
      }
      try {
        // Ask for exactly the rows shown: the server's default is only
        // x, facebook and linkedin. Networks that need the user's server
        // (Mastodon) are asked for once one is given.
        const want = networks.filter((n) => instance || !n.needs_instance).map((n) => n.name);
        const d = await api("POST", "/v1/links", Object.assign({ networks: want }, base));
        if (gen !== generation) return;
        for (const r of rows.values()) { r.open.removeAttribute("href"); r.open.classList.add("disabled"); }
        for (const l of d.links) {
          const r = rows.get(l.network);
          if (!r) continue;
          r.open.href = l.url;
          r.open.classList.remove("disabled");
        }
      } catch (e) {
        if (gen !== generation) return;
        for (const r of rows.values()) { r.open.removeAttribute("href"); r.open.classList.add("disabled"); }
        setStatus(e.message);
      }
    })();
    await Promise.all(posts.concat([links, updateBar(gen, base)]));
    if (gen === generation) document.body.dataset.state = "ready";
  }

  async function update() {
    const gen = ++generation;
    setStatus("");
    const headline = ui.headline.value;
    if (!headline.trim()) {
      tags = [];
      rest = [];
      renderTags();
      for (const r of rows.values()) clearRow(r);
      clearBar("");
      document.body.dataset.state = "ready";
      return;
    }
    try {
      const d = await api("POST", "/v1/tags", { headline, options: options() });
      if (gen !== generation) return;
      tags = d.tags;
      rest = d.rest || [];
      added.length = 0;
    } catch (e) {
      if (gen !== generation) return;
      tags = [];
      rest = [];
      setStatus(e.message);
    }
    renderTags();
    await compose(gen);
  }

  function schedule() {
    generation++; // invalidate answers in flight now, not after the debounce
    document.body.dataset.state = "busy";
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  }

  async function init() {
    try {
      const d = await api("GET", "/v1/networks");
      networks = d.networks;
      buildRows();
      setStatus("");
      schedule();
    } catch (e) {
      setStatus(e.message);
    }
  }

  for (const e of [ui.headline, ui.url, ui.lang, ui.best, ui.max, ui.minLength, ui.via, ui.instance]) e.addEventListener("input", schedule);
  for (const e of [ui.style, ui.kase, ui.fold, ui.keepAcronyms]) e.addEventListener("change", schedule);
  ui.restore.addEventListener("click", () => { dropped.clear(); renderTags(); compose(++generation); });
  ui.token.addEventListener("change", () => {
    sessionStorage.setItem(TOKEN_KEY, ui.token.value.trim());
    if (networks.length === 0) init(); else schedule();
  });

  // ---- The share bar: a live preview of /v1/bar, and its HTML to copy ----

  const bar = {
    networks: $("bar-networks"), display: $("bar-display"), preview: $("bar-preview"), error: $("bar-error"),
    copy: $("copy-bar"), copyCSS: $("copy-bar-css"), html: $("bar-html"),
  };
  let barHTML = "";
  let barCSS = "";
  // What a bar may hold: share.Bar writes these elements and attributes
  // and nothing else. The page parses the server's HTML in an inert
  // document and shows it only if it passes, so it never inserts markup it
  // has not checked.
  const BAR_ELEMENTS = new Set(["nav", "span", "ul", "li", "a", "svg", "path"]);
  const BAR_ATTRS = new Set(["class", "aria-label", "aria-hidden", "href", "target", "rel", "title", "width", "height", "viewBox", "focusable", "d", "fill-rule"]);
  const SAFE_HREF = /^(https?:|mailto:|sms:|viber:|whatsapp:|tg:|fb-messenger:|line:|threema:)/i;

  function barNodes(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const nav = doc.body.firstElementChild;
    if (!nav || doc.body.childNodes.length !== 1 || nav.localName !== "nav") throw new Error("the bar is not one <nav>");
    for (const e of [nav, ...nav.querySelectorAll("*")]) {
      if (!BAR_ELEMENTS.has(e.localName)) throw new Error("unexpected <" + e.localName + "> in the bar");
      for (const a of e.attributes) {
        if (!BAR_ATTRS.has(a.name)) throw new Error("unexpected attribute " + a.name + " in the bar");
        if (a.name === "href" && !SAFE_HREF.test(a.value)) throw new Error("unsafe link in the bar");
      }
    }
    return document.importNode(nav, true);
  }

  function clearBar(msg) {
    bar.preview.replaceChildren();
    barHTML = "";
    barCSS = "";
    bar.html.value = "";
    bar.error.textContent = msg;
  }

  async function updateBar(gen, base) {
    if (!base.url) { clearBar(""); return; }
    const names = bar.networks.value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    const body = Object.assign({ networks: names, bar: { display: bar.display.value } }, base);
    try {
      const d = await api("POST", "/v1/bar", body);
      if (gen !== generation) return;
      const nav = barNodes(d.html);
      bar.preview.replaceChildren(nav);
      barHTML = d.html;
      barCSS = d.css;
      bar.html.value = d.html;
      bar.error.textContent = "";
    } catch (e) {
      if (gen !== generation) return;
      clearBar(e.message);
    }
  }

  function copyButton(button, what) {
    const label = button.textContent;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(what());
        button.textContent = "Copied";
        setTimeout(() => { button.textContent = label; }, 1200);
      } catch (e) {
        setStatus("Copy failed: " + e.message);
      }
    });
  }
  copyButton(bar.copy, () => barHTML);
  copyButton(bar.copyCSS, () => barCSS);
  bar.networks.addEventListener("input", schedule);
  bar.display.addEventListener("change", schedule);

  // ---- The link card: what /v1/card makes of a pasted page ----

  const card = { html: $("card-html"), cards: $("card-cards"), findings: $("card-findings") };
  let cardTimer = 0;
  let cardGen = 0;
  document.body.dataset.card = "ready";

  function networkTitle(name) {
    const n = networks.find((x) => x.name === name);
    return n ? n.title : name;
  }

  function renderCard(c) {
    const box = el("div", "card");
    box.dataset.network = c.network;
    const net = el("div", "net", networkTitle(c.network) + " ");
    net.append(el("small", "", c.kind));
    // The image is named, not loaded: the page fetches nothing from
    // elsewhere, and the reader's privacy holds here too.
    const img = el("div", "img", c.image.text ? "image: " + c.image.text : "no image");
    box.append(net, img, el("div", "title", c.title.text || "(no title)"), el("div", "desc", c.description.text));
    return box;
  }

  function renderFinding(f) {
    return el("li", f.severity, f.severity + " · " + f.networks.map(networkTitle).join(", ") + (f.tag ? " · " + f.tag : "") + ": " + f.message);
  }

  async function checkCard() {
    const gen = ++cardGen;
    const html = card.html.value;
    if (!html.trim()) {
      card.cards.replaceChildren();
      card.findings.replaceChildren();
    } else {
      try {
        const d = await api("POST", "/v1/card", { html });
        if (gen !== cardGen) return;
        card.cards.replaceChildren(...d.cards.map(renderCard));
        card.findings.replaceChildren(...(d.findings.length ? d.findings.map(renderFinding) : [el("li", "ok", "Nothing to fix.")]));
      } catch (e) {
        if (gen !== cardGen) return;
        card.cards.replaceChildren();
        card.findings.replaceChildren(el("li", "error", e.message));
      }
    }
    if (gen === cardGen) document.body.dataset.card = "ready";
  }

  card.html.addEventListener("input", () => {
    cardGen++;
    document.body.dataset.card = "busy";
    clearTimeout(cardTimer);
    cardTimer = setTimeout(checkCard, DEBOUNCE_MS);
  });

  init();
})();
