// API keys, for the person's own programs and agents: made here (the secret shown once),
// listed, revoked.

import { api } from "./api.js";
import { $, confirming, element, entry, when } from "./drawing.js";

export const keysPanel = {
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
  },

  createKey() {
    return this.guard(async () => {
      const name = $("key-name").value.trim() || "key";
      const made = await api("POST", "/api/keys", { name });
      $("key-name").value = "";
      $("key-secret-value").textContent = made.key;
      $("key-secret").hidden = false;
      await this.showKeys(true);
    });
  },
};
