namespace Hub.Data.Seeding;

/// <summary>The synthetic name pools, one per <see cref="NameCulture"/>.</summary>
internal static class PersonNames
{
    public static NamePool For(NameCulture culture) => culture switch
    {
        NameCulture.WestAfrican => WestAfrican,
        NameCulture.EastAfrican => EastAfrican,
        NameCulture.CentralSouthernAfrican => CentralSouthernAfrican,
        NameCulture.Arabic => Arabic,
        NameCulture.Turkish => Turkish,
        NameCulture.CentralAsianCaucasian => CentralAsianCaucasian,
        NameCulture.SouthAsian => SouthAsian,
        NameCulture.SouthEastAsian => SouthEastAsian,
        NameCulture.EastAsian => EastAsian,
        NameCulture.EasternEuropean => EasternEuropean,
        NameCulture.WesternEuropean => WesternEuropean,
        NameCulture.LatinAmerican => LatinAmerican,
        NameCulture.Haitian => Haitian,
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, null),
    };

    private static readonly NamePool WestAfrican = new(
        ["Amina", "Blessing", "Chioma", "Fatoumata", "Aissata", "Grace", "Adwoa", "Mariama", "Esther", "Ngozi", "Awa", "Kadiatou", "Precious", "Abena"],
        ["Ibrahim", "Chinedu", "Kwame", "Moussa", "Emmanuel", "Oumar", "Samuel", "Yaw", "Abdoulaye", "Tunde", "Mamadou", "Kofi", "Sekou", "Uche"],
        ["Okafor", "Diallo", "Mensah", "Traoré", "Adeyemi", "Coulibaly", "Bangura", "Kamara", "Ouédraogo", "Sow", "Boateng", "Eze", "Keita", "Johnson", "Ndiaye", "Osei"]);

    private static readonly NamePool EastAfrican = new(
        ["Wanjiru", "Achieng", "Amani", "Halima", "Tigist", "Neema", "Zawadi", "Faith", "Aisha", "Rehema", "Hodan", "Selam", "Fadumo", "Mercy"],
        ["Otieno", "Kamau", "Juma", "Abebe", "Baraka", "Hassan", "Mohamed", "Daniel", "Joseph", "Musa", "Tesfaye", "Abdi", "Dawit", "Brian"],
        ["Mwangi", "Ochieng", "Kiprop", "Mutua", "Haile", "Abdi", "Okello", "Njoroge", "Wekesa", "Girma", "Warsame", "Kibet", "Tadesse", "Nakato"]);

    private static readonly NamePool CentralSouthernAfrican = new(
        ["Thandiwe", "Nomvula", "Mbali", "Grace", "Espérance", "Nadège", "Lerato", "Aline", "Chipo", "Tariro", "Luisa", "Memory"],
        ["Sipho", "Thabo", "Jean-Pierre", "Patrice", "Blaise", "Themba", "Didier", "Tendai", "Tafadzwa", "Armando", "Gift", "Chikondi"],
        ["Ndlovu", "Dlamini", "Mokoena", "Nkosi", "Mbuyi", "Kabongo", "Ilunga", "Fotso", "Moyo", "Banda", "Phiri", "Tembo", "Macuácua", "Chirwa"]);

    private static readonly NamePool Arabic = new(
        ["Fatima", "Mariam", "Nour", "Layla", "Amal", "Hana", "Salma", "Yasmin", "Rania", "Zainab", "Huda", "Samira", "Aya", "Iman"],
        ["Ahmed", "Mohamed", "Omar", "Youssef", "Khaled", "Ali", "Mahmoud", "Karim", "Tarek", "Hamza", "Bilal", "Said", "Mustafa", "Adel"],
        ["Hassan", "Ibrahim", "Mansour", "Haddad", "Khalil", "Saleh", "Abdallah", "Nasser", "Othman", "Aziz", "El Amrani", "Ben Ali", "Farouk", "Suleiman"]);

    private static readonly NamePool Turkish = new(
        ["Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Merve", "Hatice", "Esra"],
        ["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Hasan", "Murat", "Yusuf"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"]);

    private static readonly NamePool CentralAsianCaucasian = new(
        ["Aigerim", "Dilnoza", "Madina", "Nino", "Gulnara", "Zarina", "Malika", "Ainura", "Tamari", "Nilufar"],
        ["Azamat", "Rustam", "Bakyt", "Giorgi", "Farrukh", "Timur", "Daniyar", "Jamshid", "Levan", "Sherzod"],
        ["Rakhimov", "Abdullaev", "Beridze", "Tursunov", "Saidov", "Yusupov", "Kenzhebekov", "Mamatov", "Kapanadze", "Ismoilov", "Sultanov", "Nurlanov"]);

    private static readonly NamePool SouthAsian = new(
        ["Priya", "Sunita", "Fatema", "Anjali", "Rekha", "Nasreen", "Sita", "Kamala", "Ayesha", "Shirin", "Lakshmi", "Rukhsana", "Tahmina", "Dilini"],
        ["Rahul", "Mohammad", "Ram", "Arjun", "Imran", "Sanjay", "Rafiq", "Suresh", "Bikash", "Nuwan", "Farid", "Abdul", "Kiran", "Hamid"],
        ["Sharma", "Rahman", "Khan", "Tamang", "Gurung", "Perera", "Singh", "Kumar", "Hossain", "Ahmadi", "Thapa", "Das", "Patel", "Fernando", "Islam", "Karimi"]);

    private static readonly NamePool SouthEastAsian = new(
        ["Mai", "Linh", "Sokha", "Malee", "Srey", "Nang", "Maria", "Siti", "Dewi", "Noy", "Thida", "Ayu", "Jocelyn", "Hoa"],
        ["Somchai", "Minh", "Dara", "Aung", "Juan", "Budi", "Arif", "Khamla", "Vannak", "Tuan", "Kyaw", "Rizal", "Anan", "Mark"],
        ["Nguyen", "Tran", "Sok", "Chan", "Phommachanh", "Win", "Santos", "Reyes", "Wijaya", "Saetang", "Le", "Pham", "Hlaing", "Abdullah", "Dela Cruz", "Keo"]);

    private static readonly NamePool EastAsian = new(
        ["Li Na", "Mei", "Xiu Ying", "Fang", "Jing", "Yan", "Hui", "Lan"],
        ["Wei", "Jun", "Hao", "Lei", "Qiang", "Ming", "Jian", "Bo"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"]);

    private static readonly NamePool EasternEuropean = new(
        ["Olena", "Maria", "Ana", "Elena", "Ioana", "Natalia", "Iryna", "Daniela", "Milica", "Elira", "Svetlana", "Tatiana", "Anastasia", "Valentina"],
        ["Andrii", "Ion", "Mihai", "Dmytro", "Nikola", "Arben", "Stefan", "Vasile", "Ivan", "Marko", "Alexandru", "Besnik", "Oleksandr", "Georgi"],
        ["Popescu", "Kovalenko", "Ionescu", "Shevchenko", "Petrov", "Hoxha", "Jovanović", "Rusu", "Ceban", "Dimitrov", "Popović", "Marin", "Bondarenko", "Kelmendi", "Lungu", "Stoica"]);

    private static readonly NamePool WesternEuropean = new(
        ["Maria", "Sofia", "Laura", "Anna", "Giulia", "Emma", "Lucia", "Eleni", "Sarah", "Hannah", "Chiara", "Carmen"],
        ["Giorgos", "Marco", "Javier", "Lukas", "Thomas", "James", "Daniel", "Luca", "Pablo", "Nikos", "Matteo", "Felix"],
        ["Papadopoulos", "Rossi", "García", "Müller", "Smith", "Schmidt", "Fernández", "Bianchi", "Gruber", "Jones", "Martínez", "Ferrari", "Wagner", "Taylor"]);

    private static readonly NamePool LatinAmerican = new(
        ["María", "Ana", "Guadalupe", "Daniela", "Carolina", "Yesenia", "Lucía", "Valentina", "Rosa", "Fernanda", "Camila", "Gabriela", "Yuliana", "Juliana"],
        ["José", "Luis", "Carlos", "Juan", "Miguel", "Jorge", "Andrés", "Diego", "Kevin", "Wilson", "Pedro", "Santiago", "Jhon", "Mateus"],
        ["García", "Hernández", "López", "Martínez", "Rodríguez", "González", "Pérez", "Ramírez", "Flores", "Torres", "Silva", "Mendoza", "Castillo", "Vargas", "Oliveira", "Quispe"]);

    private static readonly NamePool Haitian = new(
        ["Marie", "Rose", "Nadège", "Fabiola", "Guerline", "Widline", "Jessica", "Esther"],
        ["Jean", "Pierre", "Wilner", "Jonas", "Fritz", "Ricardo", "Jacques", "Emmanuel"],
        ["Joseph", "Pierre", "Jean-Baptiste", "Louis", "Charles", "Saint-Fleur", "Alexis", "Desir", "Noël", "Étienne"]);
}
