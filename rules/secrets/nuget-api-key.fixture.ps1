# Fixture for secret.nuget-api-key in PowerShell.
# ruleid: secret.nuget-api-key
dotnet nuget push .\bin\Release\*.nupkg --api-key oy2qn9rkdzdl03lji6ft49c4v8gu6cgs9kmnvzmi55lai2 --source https://api.nuget.org/v3/index.json

# ok: secret.nuget-api-key
dotnet nuget push .\bin\Release\*.nupkg --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json

# ok: secret.nuget-api-key
$word = "Boy2abcdefghijklmnopqrstuvwxyz0123456789abcdefg"
