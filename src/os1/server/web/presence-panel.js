// The presence panel: when the OS may speak first (conversation/initiative.py on the
// server): quiet hours, how often, do not disturb; and what it said.

import { api } from "./api.js";
import { $, element, entry, when } from "./drawing.js";

export const presencePanel = {
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
  },

  showOutreach() {
    return this.guard(async () => {
      const said = await api("GET", "/api/outreach");
      const list = $("outreach");
      list.replaceChildren(...said.slice(-5).reverse().map((o) => entry("said", when(o.at), o.text)));
      if (said.length === 0) list.append(element("li", "empty", "Nothing yet."));
    });
  },

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
  },

  toggleQuiet() {
    return this.guard(async () => {
      const quiet = $("dnd").getAttribute("aria-pressed") === "true";
      const until = quiet ? null : new Date(Date.now() + 2 * 3600 * 1000).toISOString();
      await api("PATCH", "/api/presence", { do_not_disturb_until: until });
      await this.showPresence();
    });
  },
};
