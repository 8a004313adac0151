// What the OS remembers: the portrait (the person's life as they told it, grouped by person
// and theme, each item with the turn it came from), the turns of the conversation (browsed
// newest first, or searched) and the facts it learnt; each can be forgotten.

import { api } from "./api.js";
import { $, button, confirming, element, entry, when } from "./drawing.js";

export const memoriesPanel = {
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
      this.showPortrait(found.portrait || []);
    });
  },

  showPortrait(groups) {
    const portrait = $("portrait");
    portrait.replaceChildren(
      ...groups.map((group) => {
        const section = element("li", group.person ? "portrait-group person" : "portrait-group");
        const list = element("ul", "portrait-items");
        list.append(...group.items.map((item) => this.portraitItem(item)));
        section.append(element("h4", "portrait-title", group.title), list);
        return section;
      }),
    );
    $("portrait-title").hidden = groups.length === 0;
  },

  // One thing told: its date, what os1 remembers, the words it came from; Edit, which
  // records a correction (the turn it came from is kept), and Forget, which forgets that
  // turn (with os1's reply) or, for a fact read from no turn shown, the fact. What they
  // told when os1 first met them came from no turn: Forget takes it out of their answers.
  portraitItem(item) {
    if (item.turn === null && item.fact === null) return this.firstMeetingItem(item);
    const path = item.turn !== null ? `/api/memories/turns/${item.turn}` : `/api/memories/facts/${item.fact}`;
    const node = entry(
      "portrait-item",
      item.when ? when(item.when) : "",
      item.text,
      button("Edit", () => this.correct(node, item)),
      confirming(
        "Forget",
        item.turn !== null ? "Forget what you said, and my reply?" : "Really forget?",
        () =>
          this.guard(async () => {
            await api("DELETE", path);
            await this.showMemories(this.query, true);
          }),
        () => this.stale.memories && this.showMemories(this.query),
      ),
    );
    if (item.source) node.append(element("q", "source", item.source));
    if (item.turn !== null) node.dataset.turn = item.turn;
    return node;
  },

  firstMeetingItem(item) {
    return entry(
      "portrait-item",
      "when we met",
      item.text,
      confirming(
        "Forget",
        "Forget what you told me when we met?",
        () =>
          this.guard(async () => {
            await api("POST", "/api/memories/first-meeting/forget", { said: item.said });
            await this.showMemories(this.query, true);
          }),
        () => this.stale.memories && this.showMemories(this.query),
      ),
    );
  },

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
  },

  edit(item, turn) {
    this.editing(item, `edit-${turn.id}`, turn.text, (text) =>
      api("PATCH", `/api/memories/turns/${turn.id}`, { text }),
    );
  },

  // An item of the portrait in the person's words: a correction, as when they correct
  // themselves in the conversation; the turn it came from stays, shown as its source.
  correct(node, item) {
    const id = `correct-${item.turn ?? "f"}-${item.fact ?? "t"}`;
    this.editing(node, id, item.text, (text) =>
      item.fact !== null
        ? api("PATCH", `/api/memories/facts/${item.fact}`, { text })
        : api("PATCH", `/api/memories/turns/${item.turn}`, { text, said: item.said }),
    );
  },

  editing(item, id, text, save) {
    const form = element("form", "edit");
    const label = element("label", "visually-hidden", "New text for this memory");
    const box = element("textarea");
    box.id = id;
    label.htmlFor = box.id;
    box.value = text;
    box.rows = 3;
    box.maxLength = 8000;
    const saving = element("button", "primary small", "Save");
    saving.type = "submit";
    const row = element("div", "actions");
    row.append(saving, button("Cancel", () => this.showMemories(this.query, true)));
    form.append(label, box, row);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.guard(async () => {
        await save(box.value);
        await this.showMemories(this.query, true);
      });
    });
    item.replaceChildren(item.querySelector(".meta"), form);
    box.focus();
  },

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
  },
};
