// Fixture for secret.google-api-key. Values are random, in the documented format, not real keys.
import { GoogleGenerativeAI } from '@google/generative-ai';

// ruleid: secret.google-api-key
const genAI = new GoogleGenerativeAI('AIzaSyaKGB9gZlCpl7JpuXmKT0PYfZAn8foeaqc');

// ruleid: secret.google-api-key
const mapsUrl = `https://maps.googleapis.com/maps/api/js?key=AIzaSy27k2GDbo9NknIEcmZF8GfGisUVZx24TC7&callback=initMap`;

// ok: secret.google-api-key
const fromEnv = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

// ok: secret.google-api-key
const masked = 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';

// ok: secret.google-api-key
const docs = 'AIza...';

// One character short.
// ok: secret.google-api-key
const truncated = 'AIzaSyaKGB9gZlCpl7JpuXmKT0PYfZAn8foeaq';
