// Fixture for secret.mongodb-connection-string. Passwords are random strings, not real credentials.
const { MongoClient } = require('mongodb');

// ruleid: secret.mongodb-connection-string
const client = new MongoClient('mongodb+srv://inventory-svc:TJf0fhBTuokUzRmlsOaGl@cluster0.x7k2p.mongodb.net/inventory?retryWrites=true&w=majority');

// ruleid: secret.mongodb-connection-string
const replicaSet = "mongodb://audit:L3PvdX8rylQ9@mongo-0.internal:27017,mongo-1.internal:27017/audit?replicaSet=rs0";

// ok: secret.mongodb-connection-string
const fromEnv = new MongoClient(process.env.MONGODB_URI);

// ok: secret.mongodb-connection-string
const atlasDocs = 'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true';

// ok: secret.mongodb-connection-string
const templated = `mongodb://${user}:${password}@${host}:27017/app`;

// ok: secret.mongodb-connection-string
const local = 'mongodb://root:example@localhost:27017/';

// ok: secret.mongodb-connection-string
const compose = 'mongodb://admin:admin@mongo:27017/app?authSource=admin';

// ok: secret.mongodb-connection-string
const noAuth = 'mongodb://localhost:27017/app';
