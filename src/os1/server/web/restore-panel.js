// The restore panel: the whole relationship back from an archive (os1/archive): refused,
// with the reason, when this OS already knows someone.

import { upload } from "./api.js";
import { $ } from "./drawing.js";

export const restorePanel = {
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
  },
};
