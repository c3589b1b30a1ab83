/// Who a login is in this store. Roles live in the data: the programme lists
/// the coordinators, the students table the students; anyone else is nobody here.
extension Dataset {
    /// The actor a login opens the application as: coordinator first, then student.
    public func actor(for login: String) -> Actor? {
        if let coordinator = programme.coordinator(login) {
            return Actor(login: login, role: .coordinator, person: coordinator)
        }
        if let student = students[login] {
            return .student(login, name: student.fullName)
        }
        return nil
    }
}
