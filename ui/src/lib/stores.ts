// The app's single state instances, wired to the real shell.
import { App } from "./app.svelte";
import { backend } from "./backend";

export const app = new App(backend);
