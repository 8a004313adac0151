// The panels beside the conversation: the OS's mood, memories, reminders, when it may
// reach out, API keys.
// Every list is drawn with textContent: what people said is text, never markup.

import { api, upload } from "./api.js";

const $ = (id) => document.getElementById(id);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label, onClick, className = "quiet small") {
  const node = element("button", className, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

function when(iso) {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return "";
  const today = new Date().toDateString() === at.toDateString();
  return today
    ? at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : at.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
}

// One line of a panel's list: a small heading (when, who) with its buttons, then the text.
function entry(className, meta, text, ...buttons) {
  const item = element("li", className);
  const head = element("div", "head");
  const actions = element("div", "actions");
  actions.append(...buttons);
  head.append(element("span", "meta", meta), actions);
  item.append(head, element("span", "text", text));
  return item;
}

// A button that asks once more before it does something that cannot be undone.
function confirming(label, question, action, disarmed = () => {}) {
  let armed = null;
  const node = button(label, async () => {
    if (armed === null) {
      node.textContent = question;
      node.classList.add("armed");
      armed = setTimeout(() => {
        node.textContent = label;
        node.classList.remove("armed");
        armed = null;
        disarmed();
      }, 5000);
      return;
    }
    clearTimeout(armed);
    node.disabled = true;
    await action();
  });
  return node;
}

export class Panels {
  constructor(report) {
    this.report = report; // (problem) => shows it
    this.osName = "Your OS";
    this.query = "";
    this.asked = {};
    this.drawn = {};
    this.stale = {};
    this.forcing = {};
    let typing = null;
    $("memory-query").addEventListener("input", (event) => {
      clearTimeout(typing);
      typing = setTimeout(() => this.showMemories(event.target.value, true), 250);
    });
    $("memory-search").addEventListener("submit", (event) => {
      event.preventDefault();
      this.showMemories($("memory-query").value, true);
    });
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.createKey();
    });
    $("presence-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.savePresence();
    });
    $("dnd").addEventListener("click", () => this.toggleQuiet());
    $("restore-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.restore();
    });
    $("peer-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.addPeer();
    });
  }

  // The server's answer for one list, or null when it is not to be drawn: a later answer
  // for the list is coming; or, unless `force`, nothing changed, or the person is halfway
  // through something in it (an edit, a second click) that a reply arriving meanwhile
  // must not undo. The lists are drawn again when they finish.
  async answer(list, path, force) {
    const asked = (this.asked[list] = (this.asked[list] || 0) + 1);
    // A forced draw overtaken by a later answer passes its force on to that one.
    if (force) this.forcing[list] = true;
    const found = await api("GET", path);
    if (asked !== this.asked[list]) return null;
    const busy = $(list).closest(".panel").querySelector(".edit, .armed") !== null;
    const drawn = JSON.stringify(found);
    if (!this.forcing[list] && (busy || drawn === this.drawn[list])) {
      this.stale[list] = busy;
      return null;
    }
    this.drawn[list] = drawn;
    this.stale[list] = false;
    this.forcing[list] = false;
    return found;
  }

  async guard(work) {
    try {
      await work();
    } catch (problem) {
      this.report(problem);
    }
  }

  refresh() {
    return Promise.all([
      this.showState(),
      this.showMemories(this.query),
      this.showReminders(),
      this.showKeys(),
      this.showPresence(),
      this.showPeers(),
    ]);
  }

  clear() {
    for (const id of ["memories", "facts", "reminders", "keys", "outreach", "peers"]) {
      $(id).replaceChildren();
    }
    $("key-secret").hidden = true;
    $("key-secret-value").textContent = "";
    $("memory-query").value = "";
    this.query = "";
    this.drawn = {};
    this.stale = {};
    this.forcing = {};
    this.showMood(null);
  }

  showState() {
    return this.guard(async () => {
      const state = await api("GET", "/api/state");
      if (state.name) this.osName = state.name;
      $("panel-os-name").textContent = this.osName;
      this.showMood(state.mood);
    });
  }

  showMood(mood) {
    const chip = $("mood-chip");
    if (!mood) {
      $("mood-label").textContent = "Feelings are off on this server.";
      $("affinity").hidden = true;
      chip.hidden = true;
      return;
    }
    $("mood-label").textContent = `Feeling ${mood.label}`;
    const emotion = mood.emotion.replaceAll("-", " "); // "happy-for" reads as "happy for"
    $("mood-emotion").textContent = emotion;
    $("affinity-stage").textContent = mood.affinity.stage;
    for (const part of ["closeness", "trust", "familiarity"]) {
      const meter = $(`meter-${part}`);
      meter.value = mood.affinity[part];
      meter.textContent = `${Math.round(mood.affinity[part] * 100)}%`;
    }
    $("affinity").hidden = false;
    chip.textContent = emotion;
    chip.title = `Mood: ${mood.label}`;
    chip.hidden = false;
  }

  // `force`: the person finished what they were doing (saved, cancelled, forgot): redraw.
  showMemories(query = "", force = false) {
    this.query = query.trim();
    return this.guard(async () => {
      const path = this.query ? `/api/memories?q=${encodeURIComponent(this.query)}` : "/api/memories";
      const found = await this.answer("memories", path, force);
      if (found === null) return;
      const list = $("memories");
      // Newest first when browsing; a search's answers come best first.
      const turns = this.query ? found.turns : [...found.turns].reverse();
      list.replaceChildren(...turns.map((turn) => this.turnItem(turn)));
      if (found.turns.length === 0) {
        list.append(element("li", "empty", this.query ? "Nothing matches that." : "Nothing yet: what you say will be remembered here."));
      }
      $("facts").replaceChildren(...found.facts.map((fact) => this.factItem(fact)));
      $("facts-title").hidden = found.facts.length === 0;
    });
  }

  turnItem(turn) {
    const who = turn.role === "user" ? "You" : this.osName;
    const item = entry(
      "memory",
      `${who} · ${when(turn.at)}`,
      turn.text,
      button("Edit", () => this.edit(item, turn)),
      // The server forgets the OS's reply with what it answered: say so before.
      confirming(
        "Forget",
        turn.role === "user" ? "Forget it and my reply?" : "Really forget?",
        () =>
          this.guard(async () => {
            await api("DELETE", `/api/memories/turns/${turn.id}`);
            await this.showMemories(this.query, true);
          }),
        () => this.stale.memories && this.showMemories(this.query),
      ),
    );
    item.dataset.turn = turn.id;
    return item;
  }

  edit(item, turn) {
    const form = element("form", "edit");
    const label = element("label", "visually-hidden", "New text for this memory");
    const box = element("textarea");
    box.id = `edit-${turn.id}`;
    label.htmlFor = box.id;
    box.value = turn.text;
    box.rows = 3;
    box.maxLength = 8000;
    const save = element("button", "primary small", "Save");
    save.type = "submit";
    const row = element("div", "actions");
    row.append(save, button("Cancel", () => this.showMemories(this.query, true)));
    form.append(label, box, row);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.guard(async () => {
        await api("PATCH", `/api/memories/turns/${turn.id}`, { text: box.value });
        await this.showMemories(this.query, true);
      });
    });
    item.replaceChildren(item.querySelector(".meta"), form);
    box.focus();
  }

  factItem(fact) {
    return entry(
      "fact",
      `since ${when(fact.valid_from)}`,
      fact.text,
      confirming(
        "Forget",
        "Really forget?",
        () =>
          this.guard(async () => {
            await api("DELETE", `/api/memories/facts/${fact.id}`);
            await this.showMemories(this.query, true);
          }),
        () => this.stale.memories && this.showMemories(this.query),
      ),
    );
  }

  showReminders(force = false) {
    return this.guard(async () => {
      const reminders = await this.answer("reminders", "/api/reminders", force);
      if (reminders === null) return;
      const list = $("reminders");
      list.replaceChildren(
        ...reminders.map((reminder) =>
          entry(
            "reminder",
            when(reminder.due_at),
            reminder.text,
            confirming(
              "Cancel",
              "Really cancel?",
              () =>
                this.guard(async () => {
                  await api("DELETE", `/api/reminders/${reminder.id}`);
                  await this.showReminders(true);
                }),
              () => this.stale.reminders && this.showReminders(),
            ),
          ),
        ),
      );
      if (reminders.length === 0) {
        list.append(element("li", "empty", 'None. Say "remind me to call Amy tomorrow at 9".'));
      }
    });
  }

  showKeys(force = false) {
    return this.guard(async () => {
      const keys = await this.answer("keys", "/api/keys", force);
      if (keys === null) return;
      const list = $("keys");
      list.replaceChildren(
        ...keys.map((key) => {
          const revoke = confirming(
            "Revoke",
            "Really revoke?",
            () =>
              this.guard(async () => {
                await api("DELETE", `/api/keys/${key.id}`);
                await this.showKeys(true);
              }),
            () => this.stale.keys && this.showKeys(),
          );
          return key.revoked_at
            ? entry("key revoked", `revoked ${when(key.revoked_at)}`, `${key.name} · ${key.prefix}…`)
            : entry("key", `made ${when(key.created_at)}`, `${key.name} · ${key.prefix}…`, revoke);
        }),
      );
      if (keys.length === 0) list.append(element("li", "empty", "No keys yet."));
    });
  }

  createKey() {
    return this.guard(async () => {
      const name = $("key-name").value.trim() || "key";
      const made = await api("POST", "/api/keys", { name });
      $("key-name").value = "";
      $("key-secret-value").textContent = made.key;
      $("key-secret").hidden = false;
      await this.showKeys(true);
    });
  }

  // When the OS may speak first (conversation/initiative.py on the server), and what it said.
  showPresence() {
    return this.guard(async () => {
      const presence = await api("GET", "/api/presence");
      $("quiet-from").value = presence.quiet_from.slice(0, 5);
      $("quiet-to").value = presence.quiet_to.slice(0, 5);
      $("per-day").value = presence.per_day;
      const until = presence.do_not_disturb_until ? new Date(presence.do_not_disturb_until) : null;
      const quiet = until !== null && until > new Date();
      $("dnd").setAttribute("aria-pressed", String(quiet));
      $("dnd").textContent = quiet ? `Quiet until ${when(presence.do_not_disturb_until)}: end it` : "Do not disturb for 2 hours";
      this.showOutreach();
    });
  }

  showOutreach() {
    return this.guard(async () => {
      const said = await api("GET", "/api/outreach");
      const list = $("outreach");
      list.replaceChildren(...said.slice(-5).reverse().map((o) => entry("said", when(o.at), o.text)));
      if (said.length === 0) list.append(element("li", "empty", "Nothing yet."));
    });
  }

  savePresence() {
    return this.guard(async () => {
      // The browser's own zone, so quiet hours are the person's hours wherever the server is.
      const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      await api("PATCH", "/api/presence", {
        quiet_from: $("quiet-from").value,
        quiet_to: $("quiet-to").value,
        per_day: Number($("per-day").value),
        timezone,
      });
      $("presence-status").textContent = "Saved.";
      await this.showPresence();
    });
  }

  toggleQuiet() {
    return this.guard(async () => {
      const quiet = $("dnd").getAttribute("aria-pressed") === "true";
      const until = quiet ? null : new Date(Date.now() + 2 * 3600 * 1000).toISOString();
      await api("PATCH", "/api/presence", { do_not_disturb_until: until });
      await this.showPresence();
    });
  }

  // The whole relationship back from an archive (os1/archive): refused, with the reason,
  // when this OS already knows someone.
  restore() {
    return this.guard(async () => {
      const file = $("restore-file").files[0];
      if (!file) return;
      const made = await upload("/api/archive", file);
      $("restore-status").textContent = made.os
        ? `${made.os} is back${made.user_name ? `, and remembers ${made.user_name}` : ""}.`
        : "Restored.";
      await this.refresh();
    });
  }

  // Other OSes (os1/peers): this OS's address, the peers added, and a dinner arranged.
  showPeers() {
    return this.guard(async () => {
      const me = await api("GET", "/api/peers/me");
      $("peer-address").textContent = me.address;
      const peers = await api("GET", "/api/peers");
      const list = $("peers");
      list.replaceChildren(
        ...peers.map((peer) => {
          const dinner = button("Arrange a dinner", () => this.dinner(peer.name));
          const remove = confirming("Remove", "Really remove?", () =>
            this.guard(async () => {
              await api("DELETE", `/api/peers/${encodeURIComponent(peer.name)}`);
              await this.showPeers();
            }),
          );
          return entry("peer", peer.person ? `${peer.person}'s OS` : "an OS", peer.os_name, dinner, remove);
        }),
      );
      if (peers.length === 0) list.append(element("li", "empty", "None yet."));
    });
  }

  addPeer() {
    return this.guard(async () => {
      await api("POST", "/api/peers", { url: $("peer-url").value.trim() });
      $("peer-url").value = "";
      await this.showPeers();
    });
  }

  dinner(name) {
    return this.guard(async () => {
      $("peer-status").textContent = `Asking ${name}'s OS…`;
      const outcome = await api("POST", `/api/peers/${encodeURIComponent(name)}/dinner`, { days: 7 });
      $("peer-status").textContent = outcome.said;
    });
  }
}
