// The sync server a town runs for Tiekartta: an automerge-repo peer that
// keeps every document it is sent, on disk, by its id, and relays changes
// between the Tiekartta copies connected to it (the standard
// automerge-repo-sync-server, without Express).
//
//   node server.mjs [--host 127.0.0.1] [--port 3030] [--dir ./data]
//   (or the environment: HOST, PORT, DATA_DIR)
//
// Plain ws:// only: put it behind a TLS proxy (Caddy, nginx) for wss://.
import { WebSocketServer } from "ws"
import { Repo } from "@automerge/automerge-repo"
import { NodeWSServerAdapter } from "@automerge/automerge-repo-network-websocket"
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs"
import os from "node:os"

const arg = (name, env, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : (process.env[env] ?? fallback)
}
const host = arg("host", "HOST", "127.0.0.1")
const port = Number(arg("port", "PORT", "3030"))
const dir = arg("dir", "DATA_DIR", "./data")

const wss = new WebSocketServer({ host, port })
const repo = new Repo({
  network: [new NodeWSServerAdapter(wss)],
  storage: new NodeFSStorageAdapter(dir),
  peerId: `tiekartta-sync-server-${os.hostname()}`,
  // A server shares a document only with a peer that asks for it by its id.
  sharePolicy: async () => false,
})
wss.on("listening", () => {
  const a = wss.address()
  console.log(`listening on ws://${a.address}:${a.port} storing in ${dir}`)
})
const stop = () => { wss.close(); repo.shutdown?.(); process.exit(0) }
process.on("SIGINT", stop)
process.on("SIGTERM", stop)
