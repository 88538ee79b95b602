#!/usr/bin/env bash
# Fixture for secret.azure-ai-services-key in shell.
# ruleid: secret.azure-ai-services-key
curl -X POST "https://acme-speech.cognitiveservices.azure.com/sts/v1.0/issueToken" -H "Ocp-Apim-Subscription-Key: 71086f8f5f6e11a02f1a23939cd43396"
# ok: secret.azure-ai-services-key
curl -X POST "https://acme-speech.cognitiveservices.azure.com/sts/v1.0/issueToken" -H "Ocp-Apim-Subscription-Key: $SPEECH_KEY"
