// Types of vite-plugin-pwa's virtual module `virtual:pwa-register/react` (resolved by the plugin in vite.config.ts).
/// <reference types="vite-plugin-pwa/react" />
