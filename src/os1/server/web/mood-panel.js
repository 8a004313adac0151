// The OS's name and mood: the mood in the words the OS itself says when asked, what moved
// it most of late (the cause), and how close it has grown to the person (closeness, trust,
// familiarity), in the panel and in the chip at the top; the chip tells the cause on hover.

import { api } from "./api.js";
import { $ } from "./drawing.js";

export const moodPanel = {
  showState() {
    return this.guard(async () => {
      const state = await api("GET", "/api/state");
      if (state.name) this.osName = state.name;
      $("panel-os-name").textContent = this.osName;
      this.showMood(state.mood);
    });
  },

  showMood(mood) {
    const chip = $("mood-chip");
    if (!mood) {
      $("mood-label").textContent = "Feelings are off on this server.";
      $("affinity").hidden = true;
      chip.hidden = true;
      return;
    }
    $("mood-label").textContent = `Feeling ${mood.words}`;
    const cause = mood.cause ? mood.cause.text : "Nothing much has happened between us lately.";
    $("mood-cause").textContent = cause;
    $("affinity-stage").textContent = mood.affinity.stage;
    for (const part of ["closeness", "trust", "familiarity"]) {
      const meter = $(`meter-${part}`);
      meter.value = mood.affinity[part];
      meter.textContent = `${Math.round(mood.affinity[part] * 100)}%`;
    }
    $("affinity").hidden = false;
    chip.textContent = mood.words;
    chip.title = cause;
    chip.hidden = false;
  },
};
