# Fixture for secret.discord-bot-token. The tokens are random strings in the documented structure.
import os
import discord

client = discord.Client(intents=discord.Intents.default())

# ruleid: secret.discord-bot-token
TOKEN = "MTY5MTcwNzgxMjE0MzM1MzY2Mg.niIaCS.fz1gMwJRUkptcBN9m4k_W_lpLCXxp9NyP2l6BB"

if __name__ == "__main__":
    # ruleid: secret.discord-bot-token
    client.run('NDc5MTYxOTY3NDQ3NjQ5NjI3.Xmequv.A_1Cyzo0XbwTxepZ69HajfO0m8O')

# ok: secret.discord-bot-token
client.run(os.environ["DISCORD_TOKEN"])

# ok: secret.discord-bot-token
placeholder = "YOUR_DISCORD_BOT_TOKEN"

# ok: secret.discord-bot-token (a JWT has the same dotted shape but is not a Discord token)
jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTk1MzY4MSIsImlhdCI6MTcxNzEzOTE3NX0.K0M2yjGHyn_suu2b3ySOJsdCk66iVSseF9TkMa5LGLs"

# ok: secret.discord-bot-token (a chain of identifiers has the dotted shape but no digit)
handler = "MessageComponentInteraction.extend.deferUpdateWithoutReplyingToUser"

# ok: secret.discord-bot-token (first part cannot be the base64 of a numeric user id)
not_a_snowflake = "QWxhZGRpbjpvcGVuc2VzYW1l.XyZ123.abcdefghijklmnopqrstuvwxyzA"
