# Fixture for secret.telegram-bot-token. Tokens are random strings in the documented shape.
import os
import telebot

# ruleid: secret.telegram-bot-token
bot = telebot.TeleBot("3260989510:AA-0bi1asuJNW9ssr4PpojYsm13W90BqI0b")

# ruleid: secret.telegram-bot-token
API = "https://api.telegram.org/bot6641847476:AAuSVvjroZxFA8c0qtavs8OgANwO3vA2OqT/sendMessage"

# ruleid: secret.telegram-bot-token
TELEGRAM_TOKEN = "7201548326:BqZwQpzS8ZbN6pEJeAVj52jyFRu_c9-ZqWk"

# ok: secret.telegram-bot-token
bot = telebot.TeleBot(os.getenv("TELEGRAM_BOT_TOKEN"))

# ok: secret.telegram-bot-token
documented = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"

# ok: secret.telegram-bot-token
timestamp = "2024-05-01 12:30:45"

# ok: secret.telegram-bot-token
placeholder = "<bot-id>:<bot-token>"
