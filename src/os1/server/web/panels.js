// The panels beside the conversation: the OS's mood, memories, reminders, when it may
// reach out, API keys, a restore from an archive, other OSes.
// This is what every panel shares (the lists' answers, the problems reported); each panel's
// own drawing is in its module, and all of them are methods of the one Panels, so the page
// and the panels keep calling one another as `panels.showMemories()` and `this.refresh()`.

import { api } from "./api.js";
import { $ } from "./drawing.js";
import { keysPanel } from "./keys-panel.js";
import { memoriesPanel } from "./memories-panel.js";
import { moodPanel } from "./mood-panel.js";
import { peersPanel } from "./peers-panel.js";
import { presencePanel } from "./presence-panel.js";
import { remindersPanel } from "./reminders-panel.js";
import { restorePanel } from "./restore-panel.js";

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
    // A force passed on is the person's earlier wish: it never undoes what they have
    // begun since (a Forget armed while a reply's redraw was on its way).
    const passedOn = this.forcing[list] && !force;
    if ((busy && passedOn) || (!this.forcing[list] && (busy || drawn === this.drawn[list]))) {
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
    for (const id of ["memories", "facts", "portrait", "reminders", "keys", "outreach", "peers"]) {
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
}

Object.assign(
  Panels.prototype,
  moodPanel,
  memoriesPanel,
  remindersPanel,
  keysPanel,
  presencePanel,
  restorePanel,
  peersPanel,
);
